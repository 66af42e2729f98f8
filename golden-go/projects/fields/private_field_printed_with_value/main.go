package main

import (
	"fmt"
	"golden/projects/fields/private_field_printed_with_value/auth"
)

func main() {
	s := auth.Login("mo")
	fmt.Println(s)
	fmt.Printf("%v\n", s)
}
