package main

import "fmt"

func main() {
	for i := 1; i <= 3; i++ {
		square := i * i
		square2 := square + 1
		fmt.Println(square2)
	}
}
