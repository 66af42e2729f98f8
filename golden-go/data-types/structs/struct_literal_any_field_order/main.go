package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Book struct {
	title string
	pages int
	year  int
}

func (v Book) String() string {
	return "Book { title: " + lisette.FormatValue(v.title) + ", pages: " + lisette.FormatValue(v.pages) + ", year: " + lisette.FormatValue(v.year) + " }"
}

func main() {
	b := Book{year: 1979, title: "Hitchhiker", pages: 224}
	fmt.Println(b)
}
