package main

import "fmt"

func main() {
	prices := []float64{9.5}
	prices = append(prices, 3.0, 0.25)
	fmt.Println(prices)
}
