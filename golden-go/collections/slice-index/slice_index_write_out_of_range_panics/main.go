package main

import "fmt"

func main() {
	slots := []int{0, 0}
	target := 2
	fmt.Println("writing")
	slots[target] = 1
	fmt.Println(slots)
}
