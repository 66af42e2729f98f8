package main

import "fmt"

func area(width, height int) int {
	return width * height
}

func perimeter(width, height int) int {
	return 2 * (width + height)
}

func main() {
	w := 7
	h := 3
	fmt.Printf("area %v, perimeter %v\n", area(w, h), perimeter(w, h))
}
