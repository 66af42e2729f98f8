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

func label(arg2 lisette.Tuple2[string, int]) string {
	name := arg2.First
	qty := arg2.Second
	return fmt.Sprintf("%v x %v", qty, name)
}

func main() {
	fmt.Println(span(lisette.Tuple2[int, int]{First: 3, Second: 11}))
	order := lisette.Tuple2[string, int]{First: "apples", Second: 6}
	fmt.Println(label(order))
}
