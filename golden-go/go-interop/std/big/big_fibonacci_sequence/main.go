package main

import (
	"fmt"
	"math/big"
)

func fib(n int) *big.Int {
	a := big.NewInt(int64(0))
	b := big.NewInt(int64(1))
	t := big.NewInt(int64(0))
	for i := 0; i < n; i++ {
		_ = t.Add(a, b)
		_ = a.Set(b)
		_ = b.Set(t)
	}
	return a
}

func main() {
	for _, n := range []int{10, 50, 93, 100} {
		f := fib(n)
		fmt.Println(n, f.String(), f.IsInt64())
	}
}
