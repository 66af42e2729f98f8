package main

import "fmt"

func main() {
	sum := 0.1 + 0.2
	half := 7.0 / 2.0
	whole := 7 / 2
	mixed := 7.0 / 2.0
	fmt.Println(sum, half, whole, mixed)
	a := 0.1
	b := 0.2
	fmt.Println(a + b)
}
