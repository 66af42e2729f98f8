package main

import "fmt"

func collatz_steps(start int) int {
	n := start
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		steps += 1
	}
	return steps
}

func peak_value(start int) int {
	n := start
	peak := n
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
	return peak
}

func main() {
	for start := 1; start <= 10; start++ {
		fmt.Printf("%2d: %2d steps, peak %d\n", start, collatz_steps(start), peak_value(start))
	}
	limit := 10000
	best_start := 1
	best_steps := 0
	for start := 1; start < limit; start++ {
		steps := collatz_steps(start)
		if steps > best_steps {
			best_start = start
			best_steps = steps
		}
	}
	fmt.Printf("longest chain below %v: %v with %v steps\n", limit, best_start, best_steps)
	fmt.Printf("27 takes %v steps and peaks at %v\n", collatz_steps(27), peak_value(27))
}
