package main

import "fmt"

func main() {
	greeting := "hello"
	unused_count := 42
	_ = unused_count
	fmt.Println(greeting)
}
