package main

import "fmt"

func average_above(total, count, limit int) bool {
	return count != 0 && total/count > limit
}

func main() {
	fmt.Println(average_above(10, 0, 1), average_above(10, 2, 4), average_above(10, 5, 4))
	count := 0
	empty_or_big := count == 0 || 100/count > 5
	fmt.Println(empty_or_big)
}
