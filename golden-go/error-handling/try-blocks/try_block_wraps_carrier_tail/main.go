package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func half(n int) lisette.Result[int, string] {
	if n%2 == 0 {
		return lisette.MakeResultOk[int, string](n / 2)
	} else {
		return lisette.MakeResultErr[int, string](fmt.Sprintf("%v is odd", n))
	}
}

func main() {
	nested := func() lisette.Result[lisette.Result[int, string], string] {
		res := half(8)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[lisette.Result[int, string], string](res.ErrVal)
		}
		h := res.OkVal
		return lisette.MakeResultOk[lisette.Result[int, string], string](half(h + 1))
	}()
	flat := func() lisette.Result[int, string] {
		res2 := half(8)
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		h := res2.OkVal
		res3 := half(h + 2)
		if res3.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res3.ErrVal)
		}
		return lisette.MakeResultOk[int, string](res3.OkVal)
	}()
	fmt.Println(nested)
	fmt.Println(flat)
}
