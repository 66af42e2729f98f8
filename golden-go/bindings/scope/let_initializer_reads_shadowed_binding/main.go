package main

import "fmt"

func main() {
	n := 5
	if n > 0 {
		n := n * 10
		fmt.Println(n)
	}
	fmt.Println(n)
}
