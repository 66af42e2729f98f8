package main

import "fmt"

func main() {
	for n := 1; n <= 15; n++ {
		var word string
		subject := n % 3
		subject2 := n % 5
		if subject == 0 {
			if subject2 == 0 {
				word = "FizzBuzz"
			} else {
				word = "Fizz"
			}
		} else if subject2 == 0 {
			word = "Buzz"
		} else {
			word = ""
		}
		if word == "" {
			fmt.Println(n)
		} else {
			fmt.Println(word)
		}
	}
}
