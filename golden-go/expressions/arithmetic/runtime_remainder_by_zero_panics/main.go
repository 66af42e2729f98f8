package main

import "fmt"

func main() {
	divisor := 3
	for divisor >= 0 {
		fmt.Println(10 % divisor)
		divisor -= 1
	}
	fmt.Println("unreachable")
}
