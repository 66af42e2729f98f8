package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
)

func explain(s string) {
	subject := lisette.ResultOf(strconv.ParseFloat(s, 64))
	if subject.Tag == lisette.ResultOk {
		f := subject.OkVal
		fmt.Printf("%v: %v\n", s, f)
	} else {
		e := subject.ErrVal
		subject2 := lisette.AssertType[*strconv.NumError](e)
		if subject2.Tag == lisette.OptionSome {
			ne := subject2.SomeVal
			var cause string
			if lisette.OptionNilable(ne.Err).Tag == lisette.OptionSome {
				c := lisette.OptionNilable(ne.Err).SomeVal
				cause = c.Error()
			} else {
				cause = "?"
			}
			fmt.Printf("%v: func=%v num=%v cause=%v\n", s, ne.Func, ne.Num, cause)
		} else {
			fmt.Printf("%v: unexpected %v\n", s, e)
		}
	}
}

func main() {
	explain("2.5")
	explain("1e400")
	explain("abc")
}
