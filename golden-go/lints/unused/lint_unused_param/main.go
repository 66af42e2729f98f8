package main

import "fmt"

func area(width, height int, unit string) int {
	return width * height
}

func main() {
	fmt.Println(area(3, 4, "cm"))
}
