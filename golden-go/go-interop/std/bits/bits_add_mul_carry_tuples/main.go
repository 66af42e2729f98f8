package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math"
	"math/bits"
)

func main() {
	subject := lisette.MakeTuple2(bits.Add64(uint64(math.MaxUint64), uint64(5), uint64(0)))
	sum := subject.First
	carry := subject.Second
	fmt.Println("sum:", sum, "carry:", carry)
	subject2 := lisette.MakeTuple2(bits.Mul64(uint64(1099511627776), uint64(1099511627776)))
	hi := subject2.First
	lo := subject2.Second
	fmt.Println("hi:", hi, "lo:", lo)
	subject3 := lisette.MakeTuple2(bits.Sub64(uint64(3), uint64(5), uint64(0)))
	diff := subject3.First
	borrow := subject3.Second
	fmt.Println("diff:", diff, "borrow:", borrow)
	subject4 := lisette.MakeTuple2(bits.Div64(uint64(0), uint64(100), uint64(7)))
	q := subject4.First
	r := subject4.Second
	fmt.Println("q:", q, "r:", r)
	pair := lisette.MakeTuple2(bits.Mul32(uint32(70000), uint32(70000)))
	fmt.Println("mul32:", pair.First, pair.Second)
}
