package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func third(xs []string) string {
	return xs[2]
}

func main() {
	r1 := lisette.RecoverBlock(func() string {
		return third([]string{"a", "b", "c"})
	})
	r2 := lisette.RecoverBlock(func() string {
		return third([]string{"a"})
	})
	fmt.Println(r1)
	if r2.Tag == lisette.ResultOk {
		s := r2.OkVal
		fmt.Println(s)
	} else {
		pv := r2.ErrVal
		fmt.Println(pv.Message())
		subject := pv.AsError()
		if subject.Tag == lisette.OptionSome {
			e := subject.SomeVal
			fmt.Printf("as error: %v\n", e)
		} else {
			fmt.Println("no error value")
		}
	}
}
