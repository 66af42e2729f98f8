package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_digit(c rune) lisette.Result[int, string] {
	switch c {
	case '0':
		return lisette.MakeResultOk[int, string](0)
	case '1':
		return lisette.MakeResultOk[int, string](1)
	case '2':
		return lisette.MakeResultOk[int, string](2)
	case '3':
		return lisette.MakeResultOk[int, string](3)
	default:
		other := c
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a small digit: %c", other))
	}
}

func main() {
	sum := 0
	for _, c := range "1x32" {
		subject := parse_digit(c)
		if subject.Tag == lisette.ResultOk {
			d := subject.OkVal
			sum += d
		} else {
			msg := subject.ErrVal
			fmt.Println(msg)
		}
	}
	fmt.Println("sum", sum)
}
