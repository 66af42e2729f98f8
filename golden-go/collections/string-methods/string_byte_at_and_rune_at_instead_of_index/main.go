package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	s := "ñu"
	b := s[1]
	r := lisette.StringRuneAt(s, 1)
	fmt.Println(b, r)
	fmt.Printf("%c\n", r)
}
