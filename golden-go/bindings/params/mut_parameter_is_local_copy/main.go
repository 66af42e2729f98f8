package main

import "fmt"

func countdown(n int) {
	for n > 0 {
		fmt.Println(n)
		n -= 1
	}
	fmt.Println("liftoff")
}

func main() {
	start := 3
	countdown(start)
	fmt.Printf("start is still %v\n", start)
}
