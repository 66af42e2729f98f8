package main

import "fmt"

func main() {
	readings := []int{-2, 4}
	defer func() {
		sign := func(n int) string {
			if n < 0 {
				return "negative"
			}
			return "non-negative"
		}
		for _, r := range readings {
			fmt.Println(r, sign(r))
		}
	}()
	fmt.Println("measured", len(readings))
}
