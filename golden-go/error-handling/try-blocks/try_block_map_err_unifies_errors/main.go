package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_num(s string) lisette.Result[int, string] {
	switch s {
	case "42":
		return lisette.MakeResultOk[int, string](42)
	case "250":
		return lisette.MakeResultOk[int, string](250)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a number: %v", s))
	}
}

func check_range(n int) lisette.Result[int, int] {
	if n > 100 {
		return lisette.MakeResultErr[int, int](413)
	} else {
		return lisette.MakeResultOk[int, int](n)
	}
}

func main() {
	for _, s := range []string{"42", "250", "abc"} {
		r := func() lisette.Result[int, string] {
			res := parse_num(s)
			if res.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[int, string](res.ErrVal)
			}
			n := res.OkVal
			res2 := lisette.ResultMapErr(check_range(n), func(code int) string {
				return fmt.Sprintf("error code %v", code)
			})
			if res2.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[int, string](res2.ErrVal)
			}
			return lisette.MakeResultOk[int, string](res2.OkVal)
		}()
		fmt.Println(r)
	}
}
