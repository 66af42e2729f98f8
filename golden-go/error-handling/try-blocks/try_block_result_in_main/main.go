package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_score(s string) lisette.Result[int, string] {
	switch s {
	case "A":
		return lisette.MakeResultOk[int, string](90)
	case "B":
		return lisette.MakeResultOk[int, string](80)
	case "C":
		return lisette.MakeResultOk[int, string](70)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad grade %v", s))
	}
}

func main() {
	total := func() lisette.Result[int, string] {
		res := parse_score("A")
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		a := res.OkVal
		res2 := parse_score("C")
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		b := res2.OkVal
		return lisette.MakeResultOk[int, string](a + b)
	}()
	broken := func() lisette.Result[int, string] {
		res3 := parse_score("B")
		if res3.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res3.ErrVal)
		}
		a := res3.OkVal
		res4 := parse_score("F")
		if res4.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res4.ErrVal)
		}
		b := res4.OkVal
		return lisette.MakeResultOk[int, string](a + b)
	}()
	fmt.Println(total)
	fmt.Println(broken)
}
