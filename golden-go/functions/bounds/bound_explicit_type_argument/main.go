package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Describe interface {
	Describe() string
}

type Book struct {
	title string
}

func (v Book) String() string {
	return "Book { title: " + lisette.FormatValue(v.title) + " }"
}

func (self Book) Describe() string {
	return fmt.Sprintf("book %v", self.title)
}

func announce[T Describe](item T) string {
	return fmt.Sprintf("now: %v", item.Describe())
}

func main() {
	fmt.Println(announce(Book{title: "Ulysses"}))
}
