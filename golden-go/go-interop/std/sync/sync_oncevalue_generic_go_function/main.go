package main

import (
	"fmt"
	"sync"
)

func main() {
	computed := 0
	table := sync.OnceValue(func() []int {
		computed += 1
		squares := []int{}
		for i := 1; i <= 5; i++ {
			squares = append(squares, i*i)
		}
		return squares
	})
	fmt.Println(table())
	fmt.Println(table()[4])
	fmt.Println("computed:", computed)
	greet := sync.OnceFunc(func() {
		fmt.Println("hello once")
	})
	greet()
	greet()
}
