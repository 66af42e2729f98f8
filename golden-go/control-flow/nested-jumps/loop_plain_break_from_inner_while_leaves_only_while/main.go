package main

import "fmt"

func main() {
	rounds := 0
	total := 0
	var final_total int
	for {
		rounds += 1
		k := 0
		for k < 10 {
			k += 1
			if k > rounds {
				break
			}
			total += k
		}
		if rounds == 3 {
			final_total = total
			break
		}
	}
	fmt.Println(final_total, rounds)
}
