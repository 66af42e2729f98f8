package main

import "fmt"

func reverse(s string) string {
	runes := []rune(s)
	out := []rune{}
	i := len(runes) - 1
	for i >= 0 {
		out = append(out, runes[i])
		i -= 1
	}
	return string(out)
}

func main() {
	word := "héllo"
	runes := []rune(word)
	fmt.Println(len(runes), runes)
	fmt.Println(reverse(word))
}
