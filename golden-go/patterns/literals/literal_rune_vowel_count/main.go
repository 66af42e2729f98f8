package main

import "fmt"

func main() {
	text := "Programming in Lisette"
	vowels := 0
	spaces := 0
	others := 0
	for _, ch := range text {
		switch ch {
		case 'a', 'e', 'i', 'o', 'u':
			vowels += 1
		case ' ':
			spaces += 1
		default:
			others += 1
		}
	}
	fmt.Println(vowels, spaces, others)
}
