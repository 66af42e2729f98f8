package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func risky(n int) int {
	if n == 0 {
		panic("zero")
	}
	return 12 / n
}

func main() {
	r := lisette.RecoverBlock(func() int {
		return risky(0)
	})
	fmt.Println(r.IsErr())
	v := risky(3)
	fmt.Println(v)
	_ = risky(0)
	fmt.Println("not reached")
}
