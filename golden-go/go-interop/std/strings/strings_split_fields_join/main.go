package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "red,green,,blue"
	parts := strings.Split(csv, ",")
	fmt.Println(len(parts), parts)
	for i, p := range parts {
		if len(p) == 0 {
			fmt.Printf("field %v is empty\n", i)
		}
	}
	fmt.Println(strings.SplitN(csv, ",", 2))
	fmt.Println(strings.SplitAfter("a.b.c", "."))
	words := strings.Fields("  alpha \t beta\n gamma  ")
	fmt.Println(len(words), strings.Join(words, "|"))
	none := strings.Split("", ",")
	fmt.Println(len(none), fmt.Sprintf("[%v]", none[0]))
	fmt.Println(len(strings.Fields("   ")))
}
