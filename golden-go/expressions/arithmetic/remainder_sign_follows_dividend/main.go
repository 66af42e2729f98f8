package main

import "fmt"

func main() {
	a := 7
	b := -7
	fmt.Println(a%3, b%3, a%-3, b%-3)
	q := b / 3
	r := b % 3
	fmt.Println(q, r, q*3+r == b)
}
