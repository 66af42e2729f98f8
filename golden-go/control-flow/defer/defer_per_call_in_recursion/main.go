package main

import "fmt"

func descend(depth int) {
	defer fmt.Println("leave", depth)
	fmt.Println("enter", depth)
	if depth < 3 {
		descend(depth + 1)
	}
}

func main() {
	descend(1)
}
