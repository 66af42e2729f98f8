package main

import "fmt"

func main() {
	retries := 0
	defer fmt.Printf("retries when deferred: %v\n", retries)
	retries += 3
	fmt.Printf("retries now: %v\n", retries)
}
