package main

import "fmt"

func log_and_double(n int) {
	fmt.Printf("logging %v\n", n)
	_ = n * 2
}

func main() {
	log_and_double(21)
	fmt.Println("done")
}
