package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"regexp"
)

func main() {
	for _, p := range []string{"^go", "[", "^ing"} {
		subject := lisette.ResultOf(regexp.MatchString(p, "going"))
		if subject.Tag == lisette.ResultOk {
			b := subject.OkVal
			fmt.Println(p, b)
		} else {
			e := subject.ErrVal
			fmt.Println(p, "error:", e)
		}
	}
}
