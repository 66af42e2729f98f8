package main

import (
	"fmt"
	"golden/projects/variants/let_else_on_module_variant/parse"
)

func double(text string) int {
	subject := parse.First(text)
	if subject.Tag != parse.TokenNum {
		return -1
	}
	n := subject.Num
	return n * 2
}

func main() {
	fmt.Println(double("42"), double("abc"), double(""))
}
