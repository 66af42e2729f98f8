package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func validate(name string) lisette.Result[struct{}, string] {
	if len(name) == 0 {
		return lisette.MakeResultErr[struct{}, string]("empty name")
	} else {
		return lisette.MakeResultOk[struct{}, string](struct{}{})
	}
}

func main() {
	good := func() lisette.Result[struct{}, string] {
		res := validate("ada")
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[struct{}, string](res.ErrVal)
		}
		res2 := validate("grace")
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[struct{}, string](res2.ErrVal)
		}
		return lisette.MakeResultOk[struct{}, string](struct{}{})
	}()
	bad := func() lisette.Result[struct{}, string] {
		res3 := validate("ada")
		if res3.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[struct{}, string](res3.ErrVal)
		}
		res4 := validate("")
		if res4.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[struct{}, string](res4.ErrVal)
		}
		return lisette.MakeResultOk[struct{}, string](struct{}{})
	}()
	fmt.Println(good.IsOk())
	fmt.Println(bad.IsOk())
	if bad.Tag == lisette.ResultOk {
		fmt.Println("fine")
	} else {
		e := bad.ErrVal
		fmt.Println(e)
	}
}
