package main

import (
	"fmt"
	"math/big"
)

func main() {
	base := big.NewInt(int64(3))
	exp := big.NewInt(int64(200))
	m := big.NewInt(int64(1000007))
	r := big.NewInt(int64(0))
	_ = r.Exp(base, exp, m)
	fmt.Println(r)
	mersenne := big.NewInt(int64(0))
	_ = mersenne.Lsh(big.NewInt(int64(1)), uint(61))
	_ = mersenne.Sub(mersenne, big.NewInt(int64(1)))
	fmt.Println(mersenne, mersenne.ProbablyPrime(20))
	composite := big.NewInt(int64(0))
	_ = composite.Mul(big.NewInt(int64(1000003)), big.NewInt(int64(1000033)))
	fmt.Println(composite, composite.ProbablyPrime(20))
	g := big.NewInt(int64(0))
	_ = g.GCD(big.NewInt(int64(0)), big.NewInt(int64(0)), big.NewInt(int64(462)), big.NewInt(int64(1071)))
	fmt.Println(g)
	two_pow_100 := big.NewInt(int64(0))
	_ = two_pow_100.Exp(big.NewInt(int64(2)), big.NewInt(int64(100)), big.NewInt(int64(0)))
	fmt.Println(two_pow_100)
}
