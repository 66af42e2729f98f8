package main

import "fmt"

const LIMIT = 10

func main() {
	readings := []int{3, 12}
	for _, r := range readings {
		limit := r
		if limit > LIMIT {
			fmt.Println("over:", limit)
		} else {
			limit2 := r
			fmt.Println("within:", limit2)
		}
	}
}
