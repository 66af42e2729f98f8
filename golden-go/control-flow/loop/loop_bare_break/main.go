package main

import "fmt"

func main() {
	attempts := 0
	for {
		attempts += 1
		fmt.Printf("attempt %v\n", attempts)
		if attempts == 3 {
			break
		}
	}
	fmt.Println("gave up")
}
