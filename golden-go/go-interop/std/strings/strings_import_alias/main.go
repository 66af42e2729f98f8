package main

import (
	"fmt"
	str "strings"
)

func shout(s string) string {
	return str.ToUpper(s) + str.Repeat("!", 2)
}

func main() {
	fmt.Println(shout("hey"))
	fmt.Println(str.Title("x"), str.TrimPrefix("prefix-body", "prefix-"))
}
