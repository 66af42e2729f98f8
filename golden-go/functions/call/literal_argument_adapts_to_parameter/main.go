package main

import "fmt"

func scale(value float64, factor float32) float64 {
	return value * float64(factor)
}

func brightness(level uint8) uint8 {
	return level
}

func main() {
	fmt.Println(scale(3.0, 2.0))
	fmt.Printf("%T %v\n", brightness(200), brightness(200))
}
