package main

import "fmt"

func bracket_kind(c rune) string {
	switch c {
	case '(', ')':
		return "round"
	case '[', ']':
		return "square"
	case '{', '}':
		return "curly"
	default:
		return "none"
	}
}

func main() {
	for _, c := range "(a]{" {
		fmt.Println(fmt.Sprintf("%c", c), bracket_kind(c))
	}
}
