package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"unicode/utf8"
)

func main() {
	s := "a€\377z"
	i := 0
	for i < len(s) {
		subject := lisette.MakeTuple2(utf8.DecodeRuneInString(s[i:]))
		r := subject.First
		size := subject.Second
		if r == utf8.RuneError {
			fmt.Println(i, "invalid byte, size", size)
		} else {
			fmt.Println(i, fmt.Sprintf("%c", r), size)
		}
		i += size
	}
	subject2 := lisette.MakeTuple2(utf8.DecodeLastRuneInString("añ"))
	last := subject2.First
	n := subject2.Second
	fmt.Println(fmt.Sprintf("%c", last), n)
	subject3 := lisette.MakeTuple2(utf8.DecodeRuneInString(""))
	r0 := subject3.First
	n0 := subject3.Second
	fmt.Println(r0, n0)
}
