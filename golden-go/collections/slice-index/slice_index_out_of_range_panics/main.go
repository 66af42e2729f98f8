package main

import "fmt"

func main() {
	levels := []int{10, 20, 30}
	i := 0
	for i <= len(levels) {
		fmt.Println(levels[i])
		i += 1
	}
	fmt.Println("unreachable")
}
