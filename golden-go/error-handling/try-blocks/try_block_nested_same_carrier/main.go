package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func read(key string) lisette.Result[int, string] {
	switch key {
	case "base":
		return lisette.MakeResultOk[int, string](100)
	case "bonus":
		return lisette.MakeResultOk[int, string](20)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("no %v", key))
	}
}

func main() {
	pay := func() lisette.Result[int, string] {
		res := read("base")
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		base := res.OkVal
		extra := func() lisette.Result[int, string] {
			res2 := read("bonus")
			if res2.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[int, string](res2.ErrVal)
			}
			arg := res2.OkVal
			res3 := read("overtime")
			if res3.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[int, string](res3.ErrVal)
			}
			return lisette.MakeResultOk[int, string](arg + res3.OkVal)
		}()
		return lisette.MakeResultOk[int, string](base + extra.UnwrapOr(0))
	}()
	fmt.Println(pay)
}
