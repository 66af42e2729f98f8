package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	fmt.Println(a == c, a == b)
}
