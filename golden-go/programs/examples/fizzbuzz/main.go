package main

import "fmt"

func fizzbuzz(n int) string {
	if n%15 == 0 {
		return "FizzBuzz"
	} else if n%3 == 0 {
		return "Fizz"
	} else if n%5 == 0 {
		return "Buzz"
	} else {
		return fmt.Sprintf("%v", n)
	}
}

func main() {
	for n := 1; n <= 15; n++ {
		fmt.Println(fizzbuzz(n))
	}
}
