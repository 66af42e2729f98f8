package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func ensure_positive(n int) lisette.Result[struct{}, string] {
	if n <= 0 {
		return lisette.MakeResultErr[struct{}, string](fmt.Sprintf("%v is not positive", n))
	}
	return lisette.MakeResultOk[struct{}, string](struct{}{})
}

func area(w, h int) lisette.Result[int, string] {
	res := ensure_positive(w)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res.ErrVal)
	}
	res2 := ensure_positive(h)
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res2.ErrVal)
	}
	return lisette.MakeResultOk[int, string](w * h)
}

func main() {
	fmt.Println(area(3, 4))
	fmt.Println(area(3, -1))
	fmt.Println(area(0, 5))
}
