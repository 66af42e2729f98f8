package main

import "fmt"

func bump(counter int) {
	fmt.Println("bumping", counter)
	_ = counter * 2
}

func main() {
	bump(4)
}
