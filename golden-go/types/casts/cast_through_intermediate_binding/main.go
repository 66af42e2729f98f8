package main

import "fmt"

func main() {
	reading := 1000
	clipped := int8(reading)
	widened := int(clipped)
	ratio := float64(widened) / 8.0
	fmt.Println(clipped, widened, ratio)
}
