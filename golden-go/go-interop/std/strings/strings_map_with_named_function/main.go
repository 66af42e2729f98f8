package main

import (
	"fmt"
	"strings"
)

func rot13(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return 'a' + (r-'a'+13)%26
	}
	if r >= 'A' && r <= 'Z' {
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	secret := strings.Map(rot13, "Hello, Gopher!")
	fmt.Println(secret)
	fmt.Println(strings.Map(rot13, secret))
	no_vowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}, "education")
	fmt.Println(no_vowels)
}
