package main

import "fmt"

func collatz_steps(start int) int {
	n := start
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps += 1
	}
	return steps
}

func main() {
	best_start := 1
	best_steps := 0
	for start := 1; start < 30; start++ {
		steps := collatz_steps(start)
		if steps > best_steps {
			best_steps = steps
			best_start = start
		}
	}
	fmt.Println("steps for 6:", collatz_steps(6))
	fmt.Println("steps for 27:", collatz_steps(27))
	fmt.Printf("longest below 30: %v with %v steps\n", best_start, best_steps)
	peak := 27
	n := 27
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
	}
	fmt.Println("peak of 27:", peak)
}
