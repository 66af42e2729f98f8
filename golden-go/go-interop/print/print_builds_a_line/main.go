package main

import "fmt"

func main() {
	for i := 1; i <= 5; i++ {
		fmt.Print(i)
		if i < 5 {
			fmt.Print(",")
		}
	}
	fmt.Println()
	fmt.Print("done")
	fmt.Println("!")
}
