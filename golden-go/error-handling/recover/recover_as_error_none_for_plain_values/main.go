package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func strict(kind string) int {
	if kind == "text" {
		panic("plain text panic")
	}
	panic(7)
}

func main() {
	for _, kind := range []string{"text", "number"} {
		r := lisette.RecoverBlock(func() int {
			return strict(kind)
		})
		if r.Tag == lisette.ResultOk {
			v := r.OkVal
			fmt.Println(v)
		} else {
			pv := r.ErrVal
			fmt.Printf("%v: %v\n", pv.Message(), pv.AsError().IsNone())
		}
	}
}
