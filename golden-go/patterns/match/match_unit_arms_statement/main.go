package main

import "fmt"

func main() {
	levels := []int{1, 3, 2, 5}
	warnings := 0
	for _, l := range levels {
		switch l {
		case 1, 2:
		case 3:
			warnings += 1
		default:
			fmt.Println("critical level", l)
		}
	}
	fmt.Println("warnings", warnings)
}
