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
	b := Book{title: "Dune", pages: 412, year: 1965}
	year := b.year
	title := b.title
	pages := b.pages
	fmt.Println(title, year, pages)
	if b.pages == 412 {
		y := b.year
		fmt.Println("long book from", y)
	} else {
		fmt.Println("other")
	}
}
