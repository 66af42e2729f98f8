package main

import "fmt"

func day_kind(day int) string {
	switch day {
	case 1, 2, 3, 4, 5:
		return "weekday"
	case 6, 7:
		return "weekend"
	default:
		return "invalid"
	}
}

func main() {
	for d := 0; d <= 8; d++ {
		fmt.Println(d, day_kind(d))
	}
}
