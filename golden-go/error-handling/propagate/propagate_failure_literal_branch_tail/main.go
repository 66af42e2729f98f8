package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func weekday_number(day string) lisette.Result[int, string] {
	var n int
	switch day {
	case "mon":
		n = 1
	case "tue":
		n = 2
	case "wed":
		n = 3
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a weekday: %v", day))
	}
	return lisette.MakeResultOk[int, string](n)
}

func positive(n int) lisette.Option[int] {
	var v int
	if n > 0 {
		v = n
	} else {
		return lisette.MakeOptionNone[int]()
	}
	return lisette.MakeOptionSome[int](v * 10)
}

func main() {
	fmt.Println(weekday_number("tue"))
	fmt.Println(weekday_number("sun"))
	fmt.Println(positive(5))
	fmt.Println(positive(-2))
}
