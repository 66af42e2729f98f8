package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math"
)

func main() {
	subject := lisette.MakeTuple2(math.Modf(3.75))
	whole := subject.First
	frac := subject.Second
	fmt.Println(whole, frac)
	subject2 := lisette.MakeTuple2(math.Frexp(8.0))
	m := subject2.First
	e := subject2.Second
	fmt.Println(m, e, math.Ldexp(m, e))
	sc := lisette.MakeTuple2(math.Sincos(0.0))
	fmt.Println(sc.First, sc.Second)
	subject3 := lisette.MakeTuple2(math.Lgamma(5.0))
	lg := subject3.First
	sign := subject3.Second
	fmt.Printf("%.4f %d\n", lg, sign)
	fmt.Println(math.Gamma(5.0))
}
