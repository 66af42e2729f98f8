package main

import "fmt"

func main() {
	line := []int{1, 2, 3, 4, 5}
	head := line[:2:2]
	longer := append(head, 0, 0)
	fmt.Println(line)
	fmt.Println(longer)
}
