package main

import "fmt"

func main() {
	word := "über"
	rs := []rune(word)
	first := rs[0]
	last := rs[len(rs)-1]
	fmt.Println(fmt.Sprintf("%c%c", first, last), len(rs), len(word))
}
