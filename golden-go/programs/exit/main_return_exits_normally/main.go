package main

import "fmt"

func main() {
	for attempt := 1; attempt <= 5; attempt++ {
		fmt.Printf("attempt %v\n", attempt)
		if attempt == 2 {
			fmt.Println("success, stopping")
			return
		}
	}
	fmt.Println("all attempts failed")
}
