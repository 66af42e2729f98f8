package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 5; i++ {
		fmt.Println(i)
		sum += i
	}
	fmt.Printf("sum %v\n", sum)
}
