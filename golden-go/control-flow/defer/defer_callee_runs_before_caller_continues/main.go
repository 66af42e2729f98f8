package main

import "fmt"

func inner() {
	defer fmt.Println("inner deferred")
	fmt.Println("inner body")
}

func outer() {
	defer fmt.Println("outer deferred")
	inner()
	fmt.Println("outer body")
}

func main() {
	outer()
}
