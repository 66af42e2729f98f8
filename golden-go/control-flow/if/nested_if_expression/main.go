package main

import "fmt"

func main() {
	for n := 0; n < 4; n++ {
		amount := n * 45
		var size string
		if amount < 10 {
			size = "small"
		} else {
			if amount < 100 {
				size = "medium"
			} else {
				size = "large"
			}
		}
		fmt.Println(amount, size)
	}
}
