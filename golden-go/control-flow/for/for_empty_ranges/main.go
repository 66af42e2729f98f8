package main

import "fmt"

func main() {
	runs := 0
	for i := 5; i < 5; i++ {
		runs += i
	}
	for i := 5; i < 2; i++ {
		runs += i
	}
	for i := 3; i <= 2; i++ {
		runs += i
	}
	fmt.Printf("empty ranges ran %v times\n", runs)
	for i := 3; i <= 3; i++ {
		fmt.Printf("single %v\n", i)
	}
}
