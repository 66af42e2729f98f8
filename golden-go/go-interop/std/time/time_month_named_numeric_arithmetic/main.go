package main

import (
	"fmt"
	"time"
)

func quarter(m time.Month) int {
	switch m {
	case time.January, time.February, time.March:
		return 1
	case time.April, time.May, time.June:
		return 2
	case time.July, time.August, time.September:
		return 3
	default:
		return 4
	}
}

func main() {
	m := time.January
	for m <= time.December {
		if m%3 == 1 {
			fmt.Println(m, "starts quarter", quarter(m))
		}
		m = m + 1
	}
	next := time.November + 1
	fmt.Println(next, next.String(), int(next))
}
