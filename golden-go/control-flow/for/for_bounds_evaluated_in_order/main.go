package main

import "fmt"

func lower(start int) int {
	fmt.Println("lower bound")
	return start
}

func upper(end int) int {
	fmt.Println("upper bound")
	return end
}

func main() {
	for i, end2 := lower(1), upper(4); i < end2; i++ {
		fmt.Printf("i = %v\n", i)
	}
}
