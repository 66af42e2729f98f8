package main

import "fmt"

func compare(a, b int) string {
	x := a
	y := b
	if x < y {
		return "less"
	}
	x2 := a
	y2 := b
	if x2 > y2 {
		return "greater"
	}
	return "equal"
}

func main() {
	fmt.Println(compare(1, 2), compare(5, 3), compare(4, 4))
}
