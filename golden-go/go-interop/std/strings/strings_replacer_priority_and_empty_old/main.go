package main

import (
	"fmt"
	"strings"
)

func main() {
	a := strings.NewReplacer("a", "1", "aa", "2")
	fmt.Println(a.Replace("aaa"))
	b := strings.NewReplacer("aa", "2", "a", "1")
	fmt.Println(b.Replace("aaa"))
	dots := strings.NewReplacer("", ".")
	fmt.Println(dots.Replace("abc"))
	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("cat chases dog"))
}
