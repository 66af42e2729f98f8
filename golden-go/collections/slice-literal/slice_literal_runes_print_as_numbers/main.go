package main

import "fmt"

func main() {
	vowels := []rune{'a', 'e', 'i'}
	fmt.Println(vowels)
	fmt.Printf("%c\n", vowels[1])
}
