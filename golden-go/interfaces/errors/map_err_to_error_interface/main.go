package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type DigitError struct {
	ch string
}

func (v DigitError) String() string {
	return "DigitError { ch: " + lisette.FormatValue(v.ch) + " }"
}

func (self DigitError) Error() string {
	return "bad digit " + self.ch
}

func parse_digit(ch string) lisette.Result[int, DigitError] {
	switch ch {
	case "1":
		return lisette.MakeResultOk[int, DigitError](1)
	case "2":
		return lisette.MakeResultOk[int, DigitError](2)
	case "3":
		return lisette.MakeResultOk[int, DigitError](3)
	default:
		return lisette.MakeResultErr[int, DigitError](DigitError{ch: ch})
	}
}

func total(chars []string) lisette.Result[int, error] {
	sum := 0
	for _, ch := range chars {
		res := lisette.ResultMapErr(parse_digit(ch), func(e DigitError) error {
			return error(e)
		})
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, error](res.ErrVal)
		}
		d := res.OkVal
		sum += d
	}
	return lisette.MakeResultOk[int, error](sum)
}

func main() {
	subject := total([]string{"1", "3", "2"})
	if subject.Tag == lisette.ResultOk {
		n := subject.OkVal
		fmt.Println("sum", n)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject2 := total([]string{"1", "q", "2"})
	if subject2.Tag == lisette.ResultOk {
		n := subject2.OkVal
		fmt.Println("sum", n)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
}
