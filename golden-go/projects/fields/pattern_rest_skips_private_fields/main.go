package main

import (
	"fmt"
	"golden/projects/fields/pattern_rest_skips_private_fields/bank"
)

func main() {
	a := bank.Open("Ines", 42)
	owner := a.Owner
	number := a.Number
	fmt.Println(owner, number)
}
