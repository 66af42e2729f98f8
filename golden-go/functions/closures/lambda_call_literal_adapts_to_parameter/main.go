package main

import "fmt"

func main() {
	half := func(x float64) float64 {
		return x / 2.0
	}
	fmt.Println(half(5.0))
}
