package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	acc := big.NewInt(int64(1))
	for i, more := int64(2), int64(2) <= n; more; i, more = i+1, i < n {
		_ = acc.Mul(acc, big.NewInt(i))
	}
	return acc
}

func main() {
	f := factorial(30)
	fmt.Println(f)
	fmt.Println(len(f.String()), f.BitLen(), f.Sign())
	g := big.NewInt(int64(0))
	_ = g.MulRange(int64(1), int64(30))
	fmt.Println(g.Cmp(f), f.IsInt64())
}
