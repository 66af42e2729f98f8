package main

import "fmt"

func average(total, count int) int {
	return total / count
}

func main() {
	fmt.Println(average(10, 4))
	fmt.Println(average(10, 0))
	fmt.Println("not reached")
}
