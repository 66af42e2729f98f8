package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Priced interface {
	Price() int
}

type Book struct {
	title string
	cents int
	pages int
}

func (v Book) String() string {
	return "Book { title: " + lisette.FormatValue(v.title) + ", cents: " + lisette.FormatValue(v.cents) + ", pages: " + lisette.FormatValue(v.pages) + " }"
}

func (self Book) Price() int {
	return self.cents
}

func (self Book) Is_long() bool {
	return self.pages > 400
}

func (self Book) Title_length() int {
	return len(self.title)
}

func total(items []Priced) int {
	sum := 0
	for _, it := range items {
		sum += it.Price()
	}
	return sum
}

func main() {
	dune := Book{title: "Dune", cents: 1299, pages: 612}
	emma := Book{title: "Emma", cents: 899, pages: 380}
	fmt.Println(dune.Is_long(), emma.Is_long(), dune.Title_length())
	fmt.Println(total([]Priced{dune, emma}))
}
