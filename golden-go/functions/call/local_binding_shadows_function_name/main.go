package main

import "fmt"

func total(count int) int {
	return count * 10
}

func main() {
	total := total(4)
	fmt.Println(total + 2)
}
