package main

import (
	"fmt"
	"os"
)

func check(n int) bool {
	return n%2 == 0
}

func main() {
	defer fmt.Println("never printed")
	values := []int{2, 4, 7, 8}
	for _, v := range values {
		if !check(v) {
			fmt.Println("odd value:", v)
			os.Exit(3)
			panic("unreachable")
		}
		fmt.Println("ok:", v)
	}
	fmt.Println("all even")
}
