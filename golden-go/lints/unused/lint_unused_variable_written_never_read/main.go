package main

import "fmt"

func main() {
	processed := 0
	_ = processed
	orders := []string{"a", "b", "c"}
	for _, o := range orders {
		fmt.Println("ship", o)
		processed += 1
	}
}
