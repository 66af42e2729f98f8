package main

import "fmt"

func main() {
	base := []int{1, 2, 3}
	more := append(base, 4)
	fmt.Println(base, len(base))
	fmt.Println(more, len(more))
}
