package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	for n := 1; n <= 15; n++ {
		var word string
		subject := lisette.Tuple2[int, int]{First: n % 3, Second: n % 5}
		if subject.First == 0 {
			if subject.Second == 0 {
				word = "FizzBuzz"
			} else {
				word = "Fizz"
			}
		} else if subject.Second == 0 {
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
