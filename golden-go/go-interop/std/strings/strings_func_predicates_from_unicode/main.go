package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("hello World", unicode.IsUpper))
	fmt.Println(strings.LastIndexFunc("go 1.25 rocks", unicode.IsDigit))
	fmt.Println(strings.ContainsFunc("no digits here", unicode.IsDigit))
	is_sep := func(r rune) bool {
		return r == ';' || r == ','
	}
	fmt.Println(strings.FieldsFunc("x;y,,z;", is_sep))
	fmt.Println(strings.TrimLeftFunc("   padded", unicode.IsSpace))
}
