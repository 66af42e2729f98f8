package main

import "fmt"

func main() {
	items := []int{1, 2, 3}
	n := 5
	fmt.Println(items[1:3:3])
	fmt.Println(items[1:n:n])
}
