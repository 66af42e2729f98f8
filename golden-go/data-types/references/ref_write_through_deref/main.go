package main

import "fmt"

func main() {
	level := 1
	r := &level
	*r = 5
	fmt.Println(level)
	*r += 2
	fmt.Println(level, *r)
}
