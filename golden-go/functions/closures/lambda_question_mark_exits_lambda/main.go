package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_qty(s string) lisette.Result[int, string] {
	switch s {
	case "one":
		return lisette.MakeResultOk[int, string](1)
	case "two":
		return lisette.MakeResultOk[int, string](2)
	case "three":
		return lisette.MakeResultOk[int, string](3)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad quantity %v", s))
	}
}

func main() {
	total_of := func(a, b string) lisette.Result[int, string] {
		res := parse_qty(a)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		x := res.OkVal
		res2 := parse_qty(b)
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		y := res2.OkVal
		return lisette.MakeResultOk[int, string](x + y)
	}
	fmt.Println(total_of("one", "three"))
	fmt.Println(total_of("two", "many"))
	fmt.Println("still running")
}
