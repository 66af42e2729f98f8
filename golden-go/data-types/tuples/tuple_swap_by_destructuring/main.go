package main

import "fmt"

func main() {
	a := "left"
	b := "right"
	a2, b2 := b, a
	fmt.Println(a2, b2)
}
