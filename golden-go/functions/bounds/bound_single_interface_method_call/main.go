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
	pages int
}

func (v Book) String() string {
	return "Book { title: " + lisette.FormatValue(v.title) + ", pages: " + lisette.FormatValue(v.pages) + " }"
}

func (self Book) Describe() string {
	return fmt.Sprintf("%v, %v pages", self.title, self.pages)
}

type Song struct {
	title string
	secs  int
}

func (v Song) String() string {
	return "Song { title: " + lisette.FormatValue(v.title) + ", secs: " + lisette.FormatValue(v.secs) + " }"
}

func (self Song) Describe() string {
	return fmt.Sprintf("%v (%v:%v)", self.title, self.secs/60, self.secs%60)
}

func announce[T Describe](item T) string {
	return fmt.Sprintf("now: %v", item.Describe())
}

func main() {
	fmt.Println(announce(Book{title: "Dune", pages: 412}))
	fmt.Println(announce(Song{title: "Blue", secs: 200}))
}
