package main

import "fmt"

func discount(vip bool) float32 {
	if vip {
		return 10.0
	} else {
		return 2.5
	}
}

func main() {
	premium := false
	var rate float64
	if premium {
		rate = 1.0
	} else {
		rate = 0.5
	}
	fmt.Printf("%T %v\n", rate, rate)
	fmt.Printf("%T %v %v\n", discount(true), discount(true), discount(false))
}
