package main

import "fmt"

func main() {
	fmt.Println("hello")
	n := 3
	fmt.Printf("%v items\n", n*2)
}
