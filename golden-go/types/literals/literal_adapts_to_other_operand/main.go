package main

import "fmt"

func main() {
	var small int8 = 100
	sum := small + 27
	left := 27 + small
	var ratio float32 = 2.5
	scaled := 2.0 * ratio
	is_big := small > 99
	fmt.Println(sum, left, scaled, is_big)
	fmt.Printf("%T %T %T\n", sum, left, scaled)
}
