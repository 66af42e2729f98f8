package main

import "fmt"

func direction(delta int) string {
	switch delta {
	case -1:
		return "cooler"
	case 0:
		return "steady"
	case 1:
		return "warmer"
	default:
		d := delta
		if d < 0 {
			return "much cooler"
		} else {
			return "much warmer"
		}
	}
}

func main() {
	changes := []int{0, 1, -1, -7, 12}
	for _, c := range changes {
		fmt.Println(c, direction(c))
	}
}
