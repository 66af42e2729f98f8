package main

import "fmt"

func main() {
	path := "a/b.c/d"
	slashes := 0
	dots := 0
	for i, end := 0, len(path); i < end; i++ {
		b := path[i]
		switch b {
		case '/':
			slashes += 1
		case '.':
			dots += 1
		default:
		}
	}
	fmt.Println(slashes, dots)
}
