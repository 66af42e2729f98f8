package main

import "fmt"

func default_ratio() float64 {
	return 1.0
}

func saturate(n int) uint8 {
	if n > 255 {
		return 255
	}
	if n < 0 {
		return 0
	}
	return uint8(n)
}

func main() {
	fmt.Printf("%T %v\n", default_ratio(), default_ratio())
	fmt.Println(saturate(300), saturate(-4), saturate(77))
}
