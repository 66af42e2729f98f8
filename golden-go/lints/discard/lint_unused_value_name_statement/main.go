package main

import "fmt"

func main() {
	ready := true
	_ = ready
	fmt.Println("ready:", ready)
}
