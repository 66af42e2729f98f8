package main

import "fmt"

func classify(seed int) string {
	value := seed
	steps := 0
	for {
		if value == 1 {
			return fmt.Sprintf("reached 1 after %v steps", steps)
		}
		if steps == 10 {
			return fmt.Sprintf("gave up at %v", value)
		}
		if value%2 == 0 {
			value = value / 2
		} else {
			value = value*3 + 1
		}
		steps += 1
	}
}

func main() {
	fmt.Println(classify(8))
	fmt.Println(classify(27))
}
