package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func explode() int {
	panic("inner failure")
}

func main() {
	outer := lisette.RecoverBlock(func() string {
		inner := lisette.RecoverBlock(func() int {
			return explode()
		})
		fmt.Printf("inner is_err: %v\n", inner.IsErr())
		return "outer finished"
	})
	fmt.Println(outer)
}
