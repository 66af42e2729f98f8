package main

import "fmt"

func main() {
	fmt.Printf("%T %T %T %T %T %T\n", 42, 4.2, 6e2, 'x', "s", true)
	fmt.Printf("%T %T\n", 0xFF, fmt.Sprintf("%v", 1))
}
