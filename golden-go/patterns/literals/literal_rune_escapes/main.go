package main

import "fmt"

func main() {
	text := "a\tb\nc\td\te\n"
	lines := 0
	tabs := 0
	for _, ch := range text {
		switch ch {
		case '\n':
			lines += 1
		case '\t':
			tabs += 1
		default:
		}
	}
	fmt.Printf("lines=%v tabs=%v\n", lines, tabs)
}
