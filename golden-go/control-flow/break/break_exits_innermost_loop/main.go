package main

import "fmt"

func main() {
	for row := 1; row <= 3; row++ {
		for col := 1; col <= 5; col++ {
			if col > row {
				break
			}
			fmt.Print(col)
		}
		fmt.Println()
	}
}
