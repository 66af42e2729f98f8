package main

import "fmt"

func main() {
	marks := []int{1, 2, 3}
	for _, m := range marks {
		fmt.Println(m)
		if m == 1 {
			marks[2] = 99
		}
	}
}
