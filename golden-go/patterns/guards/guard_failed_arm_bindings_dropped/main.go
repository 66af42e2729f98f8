package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	pair := lisette.Tuple2[int, int]{First: 3, Second: 8}
	x := pair.First
	if x > 5 {
		fmt.Println("first arm", x)
	} else {
		x2 := pair.Second
		if x2 > 5 {
			fmt.Println("second arm", x2)
		} else {
			x3 := pair.First
			y := pair.Second
			fmt.Println("last arm", x3, y)
		}
	}
}
