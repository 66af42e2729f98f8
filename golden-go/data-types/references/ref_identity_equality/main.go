package main

import "fmt"

func main() {
	x := 7
	y := 7
	rx := &x
	rx2 := &x
	ry := &y
	fmt.Println(rx == rx2, rx == ry, rx != ry)
	fmt.Println(*rx == *ry)
}
