package main

import "fmt"

func halve(n *int) {
	*n = *n / 2
}

func main() {
	a := 30
	b := 12
	sum := a + b
	halve(&sum)
	fmt.Println(sum, a, b)
}
