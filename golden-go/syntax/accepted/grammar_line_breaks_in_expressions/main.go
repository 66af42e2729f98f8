package main

import "fmt"

func main() {
	total := 1 + 2*3
	ok := total > 5 && total < 10
	ratio := float64(total)
	fmt.Println(total, ok, ratio)
	var last int
	{
		_ = total
		last = -1
	}
	fmt.Println(last)
}
