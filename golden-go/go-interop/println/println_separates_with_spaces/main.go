package main

import "fmt"

func main() {
	count := 3
	fmt.Println("apples:", count, "ripe:", true, 2.5, 'x')
	fmt.Println("x", "y")
	fmt.Println(count)
}
