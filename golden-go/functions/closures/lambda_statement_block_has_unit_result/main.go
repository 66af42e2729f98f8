package main

import "fmt"

func main() {
	total := 0
	add := func(x int) {
		total += x
	}
	add(5)
	add(7)
	fmt.Println(total)
}
