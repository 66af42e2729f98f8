package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_level(s string) lisette.Result[int, string] {
	switch s {
	case "low":
		return lisette.MakeResultOk[int, string](1)
	case "high":
		return lisette.MakeResultOk[int, string](3)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("unknown level %v", s))
	}
}

func combined(a, b string) lisette.Result[int, string] {
	res := (parse_level(a))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res.ErrVal)
	}
	x := res.OkVal
	res2 := (parse_level(b))
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res2.ErrVal)
	}
	y := res2.OkVal
	return lisette.MakeResultOk[int, string](x + y)
}

func main() {
	fmt.Println(combined("low", "high"))
	fmt.Println(combined("low", "max"))
}
