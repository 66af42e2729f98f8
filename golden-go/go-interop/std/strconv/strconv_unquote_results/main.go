package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
)

func main() {
	inputs := []string{"\"a\\tb\"", "'x'", "`raw\\n`", "noquotes", "\"open"}
	for _, s := range inputs {
		subject := lisette.ResultOf(strconv.Unquote(s))
		if subject.Tag == lisette.ResultOk {
			v := subject.OkVal
			fmt.Printf("%s => %q\n", s, v)
		} else {
			e := subject.ErrVal
			fmt.Printf("%s => error %v\n", s, e)
		}
	}
}
