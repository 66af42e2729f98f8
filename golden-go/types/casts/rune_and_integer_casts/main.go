package main

import "fmt"

func main() {
	code := 65
	letter := rune(code)
	next := letter + 1
	euro := '€'
	fmt.Println(letter, int(euro), byte(euro), int(next))
	fmt.Printf("%c%c %c\n", letter, next, euro)
	var b byte = 104
	fmt.Printf("%c%c\n", rune(b), rune(b)+1)
}
