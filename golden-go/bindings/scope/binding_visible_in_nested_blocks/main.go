package main

import "fmt"

func main() {
	rate := 3
	var total int
	{
		base := 10
		if base > 5 {
			total = base * rate
		} else {
			total = rate
		}
	}
	for i := 0; i < 2; i++ {
		fmt.Println(i * rate)
	}
	fmt.Println(total)
}
