package main

import "fmt"

func main() {
	lottery := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(len(lottery), cap(lottery))
}
