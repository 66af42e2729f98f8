package main

import "fmt"

func main() {
	base := 40
	total := base + 2*3
	in_range := total > 40 && total <= 100
	ratio := float64(total) / 4.0
	same := ratio == 11.5
	fmt.Println(total, in_range, ratio, same)
}
