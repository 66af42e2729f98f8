package main

import "fmt"

func warn_if_low(level int) {
	if level < 10 {
		fmt.Printf("low: %v\n", level)
	}
}

func nothing() {
}

func main() {
	warn_if_low(4)
	warn_if_low(40)
	nothing()
	fmt.Println("checked")
}
