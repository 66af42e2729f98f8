package main

import "fmt"

func main() {
	area := func(w, h int) int {
		return w * h
	}
	one := func() int {
		return 1
	}
	fmt.Println(area(3, 4))
	fmt.Println(area(one(), 9))
}
