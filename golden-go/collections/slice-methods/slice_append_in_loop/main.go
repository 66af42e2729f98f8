package main

import "fmt"

func main() {
	evens := []int{}
	for n := 1; n <= 10; n++ {
		if n%2 == 0 {
			evens = append(evens, n)
		}
	}
	fmt.Println(evens)
}
