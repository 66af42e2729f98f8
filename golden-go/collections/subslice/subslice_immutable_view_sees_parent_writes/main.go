package main

import "fmt"

func main() {
	row := []int{0, 0, 0, 0}
	window := row[1:3:3]
	row[1] = 42
	row[3] = 7
	fmt.Println(window)
}
