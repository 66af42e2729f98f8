package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func explode(kind string) int {
	switch kind {
	case "int":
		panic(42)
	case "float":
		panic(2.5)
	case "bool":
		panic(true)
	default:
		return 0
	}
}

func main() {
	for _, kind := range []string{"int", "float", "bool", "none"} {
		r := lisette.RecoverBlock(func() int {
			return explode(kind)
		})
		if r.Tag == lisette.ResultOk {
			v := r.OkVal
			fmt.Printf("%v: no panic, got %v\n", kind, v)
		} else {
			pv := r.ErrVal
			fmt.Printf("%v: %v\n", kind, pv.Message())
		}
	}
}
