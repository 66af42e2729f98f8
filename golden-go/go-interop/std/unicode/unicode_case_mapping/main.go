package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	word := "straße"
	out := ""
	for _, r := range word {
		out = out + fmt.Sprintf("%c", unicode.ToUpper(r))
	}
	fmt.Println(out)
	fmt.Println(strings.ToUpper(word))
	fmt.Printf("%c%c%c\n", unicode.ToLower('Σ'), unicode.ToTitle('ǆ'), unicode.SimpleFold('A'))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"))
	fmt.Println(strings.ToUpper("istanbul"))
	fmt.Println(unicode.IsUpper(unicode.ToUpper('q')), unicode.ToLower('7') == '7')
}
