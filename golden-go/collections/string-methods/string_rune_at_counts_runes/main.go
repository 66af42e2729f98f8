package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	s := "héllo"
	fmt.Println(lisette.StringRuneAt(s, 1), lisette.StringRuneAt(s, 2))
	r := lisette.StringRuneAt(s, 1)
	fmt.Printf("%c\n", r)
}
