package main

import "fmt"

func main() {
	for n := 1; n <= 9; n++ {
		if n%3 == 0 {
			fmt.Printf("%v is a multiple of 3\n", n)
		}
	}
}
