package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func risky(n int) int {
	if n == 0 {
		panic("zero not allowed")
	}
	return 100 / n
}

func main() {
	r := lisette.RecoverBlock(func() int {
		fmt.Println("opening")
		n := risky(0)
		fmt.Println("not printed")
		return n
	})
	fmt.Println("after")
	fmt.Println(r.IsErr())
}
