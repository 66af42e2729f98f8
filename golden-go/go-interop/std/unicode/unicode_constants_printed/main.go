package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Printf("%U %U %U\n", unicode.MaxRune, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.MaxRune, utf8.UTFMax, utf8.RuneSelf)
	limit := unicode.MaxASCII
	ascii := 0
	for _, r := range "naïve café" {
		if r <= limit {
			ascii += 1
		}
	}
	fmt.Println(ascii)
	fmt.Printf("%c %d\n", utf8.RuneError, utf8.RuneError)
}
