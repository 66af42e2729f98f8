package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shelf struct {
	books []string
}

func (v Shelf) String() string {
	return "Shelf { books: " + lisette.FormatValue(v.books) + " }"
}

type Library struct {
	shelves []Shelf
}

func (v Library) String() string {
	return "Library { shelves: " + lisette.FormatValue(v.shelves) + " }"
}

func (self Library) Shelf(i int) lisette.Option[Shelf] {
	return lisette.SliceGet(self.shelves, i)
}

func (self Shelf) Book(i int) lisette.Option[string] {
	return lisette.SliceGet(self.books, i)
}

func lookup(lib Library, s, b int) lisette.Option[string] {
	opt2 := lib.Shelf(s)
	if opt2.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[string]()
	}
	opt := opt2.SomeVal.Book(b)
	if opt.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[string]()
	}
	title := opt.SomeVal
	return lisette.MakeOptionSome[string](title)
}

func main() {
	lib := Library{shelves: []Shelf{Shelf{books: []string{"Dune", "Emma"}}, Shelf{books: []string{"Ulysses"}}}}
	fmt.Println(lookup(lib, 0, 1))
	fmt.Println(lookup(lib, 1, 1))
	fmt.Println(lookup(lib, 2, 0))
}
