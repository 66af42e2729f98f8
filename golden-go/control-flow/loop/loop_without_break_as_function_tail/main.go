package main

import "fmt"

func next_power_of_two(n int) int {
	power := 1
	for {
		if power >= n {
			return power
		}
		power *= 2
	}
}

func main() {
	fmt.Println(next_power_of_two(1), next_power_of_two(5), next_power_of_two(1000))
}
