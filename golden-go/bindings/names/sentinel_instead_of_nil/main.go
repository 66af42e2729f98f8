package main

import "fmt"

func main() {
	found := false
	position := 0
	for i := 0; i < 10; i++ {
		if !found && i*i > 20 {
			found = true
			position = i
		}
	}
	if found {
		fmt.Printf("found at %v\n", position)
	} else {
		fmt.Println("not found")
	}
}
