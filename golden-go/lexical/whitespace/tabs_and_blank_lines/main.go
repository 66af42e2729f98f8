package main

import "fmt"

func perimeter(width, height int) int {
	return 2 * (width + height)
}

func main() {
	side := 5
	fmt.Println(perimeter(side, 3))
}
