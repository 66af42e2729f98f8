package main

import "fmt"

func main() {
	xs := []int{}
	if len(xs) == 0 {
		fmt.Println("empty")
	} else {
		x := xs[0]
		fmt.Println("first", x)
	}
}
