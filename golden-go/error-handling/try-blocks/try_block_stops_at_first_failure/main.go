package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func check(n int) lisette.Result[int, string] {
	if n > 0 {
		return lisette.MakeResultOk[int, string](n * 10)
	} else {
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad %v", n))
	}
}

func main() {
	r := func() lisette.Result[int, string] {
		fmt.Println("step 1")
		res := check(1)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		a := res.OkVal
		fmt.Println("step 2")
		res2 := check(-1)
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		b := res2.OkVal
		fmt.Println("step 3")
		return lisette.MakeResultOk[int, string](a + b)
	}()
	fmt.Println("after the block")
	fmt.Println(r)
}
