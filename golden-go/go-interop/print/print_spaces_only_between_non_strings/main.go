package main

import "fmt"

func main() {
	fmt.Print(1, 2, "a", 3, "b", "c", 4, 5, "\n")
	fmt.Print("x", "y", "\n")
	fmt.Print(true, false, 1.5, 'z', "\n")
	fmt.Print("total: ", 42, "\n")
}
