package main

import "fmt"

func share(total, people int) int {
	return total / people
}

func main() {
	fmt.Println("sharing", share(10, 2))
	fmt.Println("sharing", share(10, 0))
	fmt.Println("unreachable")
}
