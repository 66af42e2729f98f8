package main

import "fmt"

func main() {
	a := 3
	b := 7
	c := 10
	c -= a
	c += b * 2
	fmt.Println(a <= b, a >= b, a != b, a == b, c, -a, !(a > b) || a > b)
}
