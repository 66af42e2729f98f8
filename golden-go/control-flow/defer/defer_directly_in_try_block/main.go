package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_digit(s string) lisette.Result[int, string] {
	switch s {
	case "0":
		return lisette.MakeResultOk[int, string](0)
	case "1":
		return lisette.MakeResultOk[int, string](1)
	case "2":
		return lisette.MakeResultOk[int, string](2)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a digit: %v", s))
	}
}

func main() {
	sum := func() lisette.Result[int, string] {
		defer fmt.Println("try block finished")
		res := parse_digit("1")
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		a := res.OkVal
		res2 := parse_digit("x")
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		b := res2.OkVal
		return lisette.MakeResultOk[int, string](a + b)
	}()
	fmt.Println("after try")
	fmt.Println(sum)
}
