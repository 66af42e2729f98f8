package main

import "fmt"

func area(radius float64) float64 {
	return 3.0 * radius * radius
}

func default_ratio() float32 {
	return 1.0
}

func doubled(level uint8) uint8 {
	return level * 2
}

func main() {
	fmt.Println(area(2.0), default_ratio(), doubled(100))
	fmt.Printf("%T %T\n", default_ratio(), doubled(1))
}
