package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func checked_div(a, b int) lisette.Result[int, string] {
	if b == 0 {
		return lisette.MakeResultErr[int, string]("division by zero")
	}
	return lisette.MakeResultOk[int, string](a / b)
}

func half_of_ratio(a, b int) int {
	var ratio int
	subject := checked_div(a, b)
	if subject.Tag != lisette.ResultOk {
		return -1
	}
	v := subject.OkVal
	ratio = v
	return ratio / 2
}

func main() {
	fmt.Println(half_of_ratio(40, 4))
	fmt.Println(half_of_ratio(9, 0))
}
