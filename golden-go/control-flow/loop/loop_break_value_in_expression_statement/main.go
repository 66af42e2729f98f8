package main

import "fmt"

func main() {
	guess := 0
	tries := 0
	for {
		guess += 3
		if guess*guess > 200 {
			tries = guess / 3
			break
		}
	}
	fmt.Println(guess, tries)
}
