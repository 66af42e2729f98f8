package main

import "fmt"

func main() {
	a := "left"
	b := "right"
	a2, b2 := b, a
	fmt.Println(a2, b2)
	x := 1
	y := 2
	nx, ny := y, x
	x = nx
	y = ny
	fmt.Println(x, y)
}
