package main

import "fmt"

func steps_to_one(n int) int {
	steps := 0
	v := n
	var label string
	for {
		if v == 1 {
			label = "reached one"
			break
		}
		if steps == 5 {
			return -steps
		}
		if v%2 == 0 {
			v = v / 2
		} else {
			v = 3*v + 1
		}
		steps += 1
	}
	fmt.Println(label, "after", steps, "steps")
	return steps
}

func main() {
	fmt.Println(steps_to_one(8))
	fmt.Println(steps_to_one(7))
}
