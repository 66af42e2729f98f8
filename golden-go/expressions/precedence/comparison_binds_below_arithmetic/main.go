package main

import "fmt"

func main() {
	x := 4
	y := 3
	fmt.Println(x+1 < y*2, x*2 == y+5, x-y >= 1 && y+1 == x, x%3 != y-2)
}
