package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup(code string) lisette.Result[int, string] {
	switch code {
	case "x":
		return lisette.MakeResultOk[int, string](10)
	case "y":
		return lisette.MakeResultOk[int, string](32)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("unknown code %v", code))
	}
}

func summary(a, b string) string {
	sum := func() lisette.Result[int, string] {
		res := lookup(a)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		arg := res.OkVal
		res2 := lookup(b)
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		return lisette.MakeResultOk[int, string](arg + res2.OkVal)
	}()
	if sum.Tag == lisette.ResultOk {
		n := sum.OkVal
		return fmt.Sprintf("total %v", n)
	}
	e := sum.ErrVal
	return fmt.Sprintf("failed: %v", e)
}

func main() {
	fmt.Println(summary("x", "y"))
	fmt.Println(summary("x", "z"))
}
