package main

import "fmt"

func main() {
	odd_sum := 0
	for n := 1; n <= 9; n++ {
		if n%2 == 0 {
			continue
		}
		odd_sum += n
		fmt.Printf("added %v\n", n)
	}
	fmt.Println(odd_sum)
}
