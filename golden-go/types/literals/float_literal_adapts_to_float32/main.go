package main

import "fmt"

func scale(value, factor float32) float32 {
	return value * factor
}

func main() {
	var ratio float32 = 0.75
	scaled := scale(ratio, 1.5)
	half := ratio * 0.5
	fmt.Println(ratio, scaled, half)
	fmt.Printf("%T %T\n", scaled, half)
}
