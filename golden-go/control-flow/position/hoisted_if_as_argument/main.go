package main

import "fmt"

func main() {
	n := -5
	var sign string
	if n > 0 {
		sign = "positive"
	} else {
		sign = "non-positive"
	}
	fmt.Println(sign)
	var bonus int
	if n < 0 {
		bonus = 10
	} else {
		bonus = 0
	}
	total := 100 + bonus
	fmt.Println(total)
}
