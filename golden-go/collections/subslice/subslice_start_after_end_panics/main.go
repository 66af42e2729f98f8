package main

import "fmt"

func main() {
	letters := []string{"a", "b", "c", "d"}
	from := 3
	to := 1
	fmt.Println("slicing")
	part := letters[from:to:to]
	fmt.Println(part)
}
