package main

import "fmt"

func main() {
	weights := []float64{1.0, 2.5, 3.0}
	total := weights[0] + weights[1] + weights[2]
	fmt.Println(weights, total)
}
