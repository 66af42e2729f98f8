package main

import "fmt"

func average_until_zero(xs []int) float64 {
	i := 0
	sum := 0
	for {
		if i == len(xs) || xs[i] == 0 {
			if i == 0 {
				return 0.0
			}
			return float64(sum) / float64(i)
		}
		sum += xs[i]
		i += 1
	}
}

func main() {
	fmt.Println(average_until_zero([]int{4, 6, 0, 9}), average_until_zero([]int{0, 1}))
}
