package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math/big"
)

func main() {
	two := big.NewFloat(2.0)
	_ = two.SetPrec(uint(200))
	root := big.NewFloat(0.0)
	_ = root.SetPrec(uint(200))
	_ = root.Sqrt(two)
	fmt.Println(root.Text(byte('f'), 40))
	fmt.Println(root.Prec(), root.Mode())
	x := big.NewFloat(7.9)
	subject := lisette.MakeTuple2(x.Int64())
	i := subject.First
	acc := subject.Second
	fmt.Println(i, acc, acc == big.Below)
	y := big.NewFloat(-7.9)
	subject2 := lisette.MakeTuple2(y.Int64())
	j := subject2.First
	acc2 := subject2.Second
	fmt.Println(j, acc2, acc2 == big.Above)
	subject3 := lisette.MakeTuple2(big.NewFloat(42.0).Int64())
	k := subject3.First
	acc3 := subject3.Second
	fmt.Println(k, acc3 == big.Exact)
}
