package main

import "fmt"

func class(c rune) string {
	if c == '_' {
		return "underscore"
	}
	ch := c
	if ch >= 'a' && ch <= 'z' {
		return "lower"
	}
	ch2 := c
	if ch2 >= 'A' && ch2 <= 'Z' {
		return "upper"
	}
	ch3 := c
	if ch3 >= '0' && ch3 <= '9' {
		return "digit"
	}
	return "other"
}

func main() {
	for _, c := range "aZ_7-" {
		fmt.Println(fmt.Sprintf("%c", c), class(c))
	}
}
