package main

import "fmt"

func main() {
	limit := 3
	for i, end := 0, limit; i < end; i++ {
		limit += 1
		fmt.Printf("i = %v, limit = %v\n", i, limit)
	}
	fmt.Println(limit)
}
