package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"regexp"
)

func check(pattern, input string) {
	subject := lisette.ResultOfPtr(regexp.Compile(pattern))
	if subject.Tag == lisette.ResultOk {
		re := subject.OkVal
		fmt.Println(re.String(), "matches", input, re.MatchString(input))
	} else {
		e := subject.ErrVal
		fmt.Println("bad pattern:", e)
	}
}

func main() {
	check("^[a-z]+@[a-z]+\\.org$", "ada@lisette.org")
	check("^[a-z]+@[a-z]+\\.org$", "ada@lisette.com")
	check("(abc", "abc")
	check("a**", "aa")
}
