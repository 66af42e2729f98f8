package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func step(name string, ok bool) lisette.Result[string, string] {
	fmt.Printf("running %v\n", name)
	if ok {
		return lisette.MakeResultOk[string, string](name)
	} else {
		return lisette.MakeResultErr[string, string](fmt.Sprintf("%v failed", name))
	}
}

func pipeline(fail_second bool) lisette.Result[int, string] {
	res := step("fetch", true)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res.ErrVal)
	}
	a := res.OkVal
	res2 := step("decode", !fail_second)
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res2.ErrVal)
	}
	b := res2.OkVal
	res3 := step("store", true)
	if res3.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res3.ErrVal)
	}
	c := res3.OkVal
	return lisette.MakeResultOk[int, string](len(a) + len(b) + len(c))
}

func main() {
	fmt.Println(pipeline(false))
	fmt.Println(pipeline(true))
}
