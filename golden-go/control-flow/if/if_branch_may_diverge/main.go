package main

import "fmt"

func safe_divide(total, parts int) int {
	var share int
	if parts != 0 {
		share = total / parts
	} else {
		return -1
	}
	return share
}

func main() {
	sum_of_halves := 0
	for n := 1; n <= 10; n++ {
		var half int
		if n%2 == 0 {
			half = n / 2
		} else {
			continue
		}
		sum_of_halves += half
	}
	fmt.Println(sum_of_halves)
	fmt.Println(safe_divide(17, 4), safe_divide(17, 0))
}
