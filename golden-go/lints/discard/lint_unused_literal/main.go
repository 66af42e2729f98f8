package main

import "fmt"

func main() {
	fmt.Println("start")
	_ = 42
	_ = "done"
}
