package main

import "fmt"

func pick_second(_first, second int) int {
	return second
}

func main() {
	fmt.Println(pick_second(1, 2))
}
