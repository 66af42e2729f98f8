package main

import "fmt"

func main() {
	n := 0
	for range "" {
		n += 1
	}
	fmt.Println(n)
}
