package main

import "fmt"

func main() {
	status := "idle"
	_ = status
	status = "running"
	fmt.Println("started")
}
