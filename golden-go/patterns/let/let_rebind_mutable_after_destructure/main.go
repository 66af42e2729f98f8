package main

import "fmt"

func main() {
	start, step := 10, 3
	current := start
	for i := 0; i < 3; i++ {
		current += step
	}
	fmt.Println(start, current)
}
