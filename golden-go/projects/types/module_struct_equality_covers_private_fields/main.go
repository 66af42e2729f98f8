package main

import (
	"fmt"
	"golden/projects/types/module_struct_equality_covers_private_fields/lexer"
)

func main() {
	a := lexer.At("let", 0)
	b := lexer.At("let", 0)
	c := lexer.At("let", 8)
	fmt.Println(a == b, a == c, a.Text == c.Text)
}
