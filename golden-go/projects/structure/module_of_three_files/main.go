package main

import (
	"fmt"
	"golden/projects/structure/module_of_three_files/library"
)

func main() {
	loans := []library.Loan{library.Borrow("Dune", 10), library.Borrow("Emma", 20)}
	for _, l := range loans {
		fmt.Println(l.Title, l.Fee())
	}
	fmt.Println(library.Total(loans))
}
