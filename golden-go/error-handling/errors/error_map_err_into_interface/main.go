package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type DigitError struct {
	found string
}

func (v DigitError) String() string {
	return "DigitError { found: " + lisette.FormatValue(v.found) + " }"
}

func (self DigitError) Error() string {
	return fmt.Sprintf("expected a digit, found %v", self.found)
}

func to_error(e DigitError) error {
	return e
}

func digit(s string) lisette.Result[int, DigitError] {
	switch s {
	case "1":
		return lisette.MakeResultOk[int, DigitError](1)
	case "2":
		return lisette.MakeResultOk[int, DigitError](2)
	default:
		return lisette.MakeResultErr[int, DigitError](DigitError{found: s})
	}
}

func sum(a, b string) lisette.Result[int, error] {
	res := lisette.ResultMapErr(digit(a), to_error)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, error](res.ErrVal)
	}
	x := res.OkVal
	res2 := lisette.ResultMapErr(digit(b), to_error)
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, error](res2.ErrVal)
	}
	y := res2.OkVal
	return lisette.MakeResultOk[int, error](x + y)
}

func main() {
	subject := sum("1", "2")
	if subject.Tag == lisette.ResultOk {
		n := subject.OkVal
		fmt.Println(n)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject2 := sum("1", "z")
	if subject2.Tag == lisette.ResultOk {
		n := subject2.OkVal
		fmt.Println(n)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
}
