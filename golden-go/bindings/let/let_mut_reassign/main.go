package main

import "fmt"

func main() {
	attempts := 0
	attempts = attempts + 1
	attempts = attempts + 1
	fmt.Printf("attempts: %v\n", attempts)
	status := "starting"
	fmt.Println(status)
	status = "running"
	fmt.Println(status)
}
