package main

import "fmt"

func scale_all(prices []int, pct int) {
	for i, end := 0, len(prices); i < end; i++ {
		prices[i] = prices[i] * pct / 100
	}
}

func main() {
	prices := []int{200, 150, 80}
	scale_all(prices, 50)
	fmt.Println(prices)
}
