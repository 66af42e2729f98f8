package main

import "fmt"

func is_weekend(day int) bool {
	return day == 6 || day == 7
}

func main() {
	raining := false
	for day := 5; day <= 7; day++ {
		if is_weekend(day) && !raining {
			fmt.Printf("day %v: hiking\n", day)
		} else if day == 5 {
			fmt.Printf("day %v: working\n", day)
		}
	}
	if raining {
		fmt.Println("umbrella")
	} else {
		fmt.Println("sunglasses")
	}
}
