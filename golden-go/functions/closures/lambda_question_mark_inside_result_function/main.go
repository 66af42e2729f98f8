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
	case "7":
		return lisette.MakeResultOk[int, string](7)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a digit: %v", s))
	}
}

func sum_valid(items []string) lisette.Result[int, string] {
	checked := func(s string) lisette.Result[int, string] {
		res := parse_digit(s)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		d := res.OkVal
		return lisette.MakeResultOk[int, string](d)
	}
	sum := 0
	for _, item := range items {
		subject := checked(item)
		if subject.Tag == lisette.ResultOk {
			d := subject.OkVal
			sum += d
		} else {
			e := subject.ErrVal
			fmt.Println("skipped:", e)
		}
	}
	if sum == 0 {
		return lisette.MakeResultErr[int, string]("nothing valid")
	}
	return lisette.MakeResultOk[int, string](sum)
}

func main() {
	fmt.Println(sum_valid([]string{"1", "x", "7"}))
	fmt.Println(sum_valid([]string{"y"}))
}
