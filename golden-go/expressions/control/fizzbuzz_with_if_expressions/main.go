package main

import "fmt"

func fizzbuzz(n int) string {
	by_three := n%3 == 0
	by_five := n%5 == 0
	if by_three && by_five {
		return "FizzBuzz"
	} else if by_three {
		return "Fizz"
	} else if by_five {
		return "Buzz"
	} else {
		return fmt.Sprintf("%v", n)
	}
}

func main() {
	fizz := 0
	line := ""
	for n := 1; n <= 15; n++ {
		word := fizzbuzz(n)
		if line == "" {
			line = word
		} else {
			line = line + " " + word
		}
		if word == "Fizz" || word == "FizzBuzz" {
			fizz += 1
		}
	}
	fmt.Println(line)
	fmt.Println("fizz count:", fizz)
}
