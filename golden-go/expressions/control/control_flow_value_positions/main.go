package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func magnitude(n int) int {
	if n < 0 {
		return -n
	} else {
		return n
	}
}

func main() {
	size := 12
	var label string
	if size > 10 {
		label = "large"
	} else {
		label = "small"
	}
	bonus := 0
	if size%2 == 0 {
		bonus = 5
	} else {
		bonus = 1
	}
	var total int
	{
		base := size * 2
		total = base + bonus
	}
	tries := 0
	var first_square_over int
	for {
		tries += 1
		if tries*tries > total {
			first_square_over = tries
			break
		}
	}
	var bucket string
	if total > 20 {
		bucket = "many"
	} else {
		bucket = "few"
	}
	fmt.Println(classify(-3), magnitude(-7), label, bonus, total, first_square_over, bucket)
}
