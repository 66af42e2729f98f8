package main

import "fmt"

func main() {
	queue := []string{"ann", "bob", "cy"}
	for _, name := range queue {
		fmt.Printf("serving %v\n", name)
	}
}
