package main

import "fmt"

func main() {
	text := "R2-D2 ok"
	digits := 0
	letters := 0
	other := 0
	for _, c := range text {
		if c >= '0' && c <= '9' {
			digits += 1
		} else if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			letters += 1
		} else {
			other += 1
		}
	}
	fmt.Println(digits, letters, other)
}
