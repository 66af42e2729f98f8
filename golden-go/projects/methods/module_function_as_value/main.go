package main

import (
	"fmt"
	"golden/projects/methods/module_function_as_value/text"
	lisette "lisette.dev/prelude"
)

func apply(f func(string) int, s string) int {
	return f(s)
}

func main() {
	words := []string{"hi", "yo"}
	fmt.Println(lisette.SliceMap(words, text.Shout))
	measure := text.Size
	fmt.Println(measure("four"), apply(text.Size, "seven"))
}
