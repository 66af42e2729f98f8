package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	word := "añ"
	last := lisette.StringRuneAt(word, 1)
	fmt.Printf("%c\n", last)
	fmt.Println(lisette.StringRuneAt(word, 2))
}
