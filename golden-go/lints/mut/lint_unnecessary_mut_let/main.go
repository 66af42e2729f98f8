package main

import "fmt"

func main() {
	limit := 10
	used := 3
	used += 4
	fmt.Println(limit - used)
}
