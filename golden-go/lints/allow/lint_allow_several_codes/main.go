package main

import "fmt"

func prototype(config string, retries int) int {
	timeout := 30
	_ = timeout
	return 7
}

func main() {
	fmt.Println(prototype("fast", 3))
}
