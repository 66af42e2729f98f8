package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func checked_div(a, b int) lisette.Result[int, string] {
	if b == 0 {
		return lisette.MakeResultErr[int, string]("division by zero")
	}
	return lisette.MakeResultOk[int, string](a / b)
}

func first_word(s string) lisette.Option[string] {
	if len(s) == 0 {
		return lisette.MakeOptionNone[string]()
	}
	return lisette.SliceGet(strings.Split(s, " "), 0)
}

func main() {
	fmt.Println(checked_div(10, 2))
	fmt.Println(checked_div(1, 0))
	fmt.Println(first_word("hello world"))
	fmt.Println(first_word(""))
}
