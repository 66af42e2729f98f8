package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func span(arg lisette.Tuple2[int, int]) int {
	lo := arg.First
	hi := arg.Second
	return hi - lo
}

func midpoint(arg2, arg3 lisette.Tuple2[float64, float64]) lisette.Tuple2[float64, float64] {
	x1 := arg2.First
	y1 := arg2.Second
	x2 := arg3.First
	y2 := arg3.Second
	return lisette.Tuple2[float64, float64]{First: (x1 + x2) / 2.0, Second: (y1 + y2) / 2.0}
}

func main() {
	fmt.Println(span(lisette.Tuple2[int, int]{First: 3, Second: 10}))
	subject := midpoint(lisette.Tuple2[float64, float64]{First: 0.0, Second: 0.0}, lisette.Tuple2[float64, float64]{First: 3.0, Second: 5.0})
	mx := subject.First
	my := subject.Second
	fmt.Println(mx, my)
}
