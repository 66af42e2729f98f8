package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse(s string) lisette.Result[int, string] {
	switch s {
	case "50":
		return lisette.MakeResultOk[int, string](50)
	case "500":
		return lisette.MakeResultOk[int, string](500)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad number %v", s))
	}
}

func main() {
	for _, s := range []string{"50", "500", "?"} {
		r := func() lisette.Result[int, string] {
			clamp := func(n int) int {
				if n > 100 {
					return 100
				}
				return n
			}
			res := parse(s)
			if res.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[int, string](res.ErrVal)
			}
			return lisette.MakeResultOk[int, string](clamp(res.OkVal))
		}()
		fmt.Println(r)
	}
}
