package main

import "fmt"

func repeat(times int, action func()) {
	for i := 0; i < times; i++ {
		action()
	}
}

func main() {
	repeat(3, func() {
		fmt.Print("ab")
	})
	fmt.Println()
}
