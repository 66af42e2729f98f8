package main

import "fmt"

func log_line(message string) {
	fmt.Println("log:", message)
}

func nothing() {
}

func main() {
	log_line("started")
	var result struct{}
	nothing()
	var empty struct{}
	var unit struct{}
	fmt.Println(result, empty, unit)
}
