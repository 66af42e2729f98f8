package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math/big"
)

func main() {
	sum := big.NewRat(int64(0), int64(1))
	_ = sum.Add(big.NewRat(int64(1), int64(3)), big.NewRat(int64(1), int64(6)))
	fmt.Println(sum.String(), sum.RatString(), sum.FloatString(3))
	third := big.NewRat(int64(1), int64(3))
	subject := lisette.MakeTuple2(third.Float64())
	f := subject.First
	exact := subject.Second
	fmt.Println(f, exact)
	subject2 := lisette.MakeTuple2(sum.Float64())
	h := subject2.First
	exact_half := subject2.Second
	fmt.Println(h, exact_half)
	total := big.NewRat(int64(0), int64(1))
	for i := 1; i <= 4; i++ {
		_ = total.Add(total, big.NewRat(int64(1), int64(i)))
	}
	fmt.Println(total, total.Num(), total.Denom(), total.IsInt())
	fmt.Println(big.NewRat(int64(6), int64(3)).IsInt(), big.NewRat(int64(-4), int64(6)))
}
