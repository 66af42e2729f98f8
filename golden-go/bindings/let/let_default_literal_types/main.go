package main

import "fmt"

func main() {
	count := 42
	ratio := 0.75
	name := "ada"
	ready := true
	initial := 'a'
	fmt.Printf("%T %T %T %T %T\n", count, ratio, name, ready, initial)
	fmt.Println(count, ratio, name, ready, initial)
}
