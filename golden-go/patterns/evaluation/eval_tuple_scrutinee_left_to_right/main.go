package main

import "fmt"

func read(name string, v int) int {
	fmt.Println("read", name)
	return v
}

func main() {
	subject := read("a", 1)
	subject2 := read("b", 0)
	subject3 := read("c", 5)
	if subject == 0 {
		fmt.Println("a is zero")
	} else if subject2 == 0 {
		c := subject3
		fmt.Println("b is zero, c =", c)
	} else {
		fmt.Println("none zero")
	}
}
