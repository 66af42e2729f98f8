package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse(s string) lisette.Result[int, string] {
	switch s {
	case "4":
		return lisette.MakeResultOk[int, string](4)
	case "boom":
		panic("parser crashed")
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad input %v", s))
	}
}

func main() {
	for _, s := range []string{"4", "x", "boom"} {
		r := lisette.RecoverBlock(func() lisette.Result[int, string] {
			return func() lisette.Result[int, string] {
				res := parse(s)
				if res.Tag != lisette.ResultOk {
					return lisette.MakeResultErr[int, string](res.ErrVal)
				}
				return lisette.MakeResultOk[int, string](res.OkVal * 2)
			}()
		})
		if r.Tag == lisette.ResultOk {
			inner := r.OkVal
			fmt.Println(inner)
		} else {
			pv := r.ErrVal
			fmt.Printf("panic: %v\n", pv.Message())
		}
	}
}
