package main

import (
	"fmt"
	"unicode"
)

func script(r rune) string {
	if unicode.Is(unicode.Han, r) {
		return "Han"
	}
	if unicode.Is(unicode.Greek, r) {
		return "Greek"
	}
	if unicode.Is(unicode.Cyrillic, r) {
		return "Cyrillic"
	}
	if unicode.Is(unicode.Latin, r) {
		return "Latin"
	}
	return "other"
}

func main() {
	for _, r := range "a漢λж7" {
		fmt.Println(fmt.Sprintf("%c", r), script(r))
	}
	fmt.Println(unicode.In('λ', unicode.Han, unicode.Greek), unicode.In('x', unicode.Han, unicode.Greek))
	fmt.Println(unicode.In('x'))
}
