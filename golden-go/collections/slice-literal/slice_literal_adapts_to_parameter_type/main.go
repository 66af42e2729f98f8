package main

import "fmt"

func average(values []float64) float64 {
	sum := 0.0
	for _, v := range values {
		sum += v
	}
	return sum / float64(len(values))
}

func main() {
	fmt.Println(average([]float64{1.0, 2.0, 4.5, 2.5}))
}
