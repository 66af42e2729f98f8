package main

import "fmt"

func main() {
	a := 4
	b := 5
	c := a * b
	c += 1
	fmt.Println(a, b, c)
	fmt.Println("done")
}
