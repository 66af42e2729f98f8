package main

import (
	"fmt"
	"golden/projects/types/module_type_as_parameter_and_result/library"
)

func thicker(a, b library.Book) library.Book {
	if a.Pages >= b.Pages {
		return a
	} else {
		return b
	}
}

func describe(b library.Book) string {
	return fmt.Sprintf("%v (%v pages)", b.Title, b.Pages)
}

func main() {
	dune := library.Book{Title: "Dune", Pages: 412}
	emma := library.Book{Title: "Emma", Pages: 474}
	fmt.Println(describe(thicker(dune, emma)))
}
