package main

import "fmt"

func main() {
	spare := 0
	_ = spare
	fmt.Println("nothing else")
}
