package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Labeled interface {
	Label() string
}

type Shelf[T any] struct {
	items []T
}

func (v Shelf[T]) String() string {
	return "Shelf { items: " + lisette.FormatValue(v.items) + " }"
}

func (self Shelf[T]) Count() int {
	return len(self.items)
}

func Shelf_labels[T Labeled](self Shelf[T]) []string {
	return lisette.SliceMap(self.items, func(i T) string {
		return i.Label()
	})
}

type Jar struct {
	content string
}

func (v Jar) String() string {
	return "Jar { content: " + lisette.FormatValue(v.content) + " }"
}

func (self Jar) Label() string {
	return fmt.Sprintf("jar of %v", self.content)
}

func main() {
	jars := Shelf[Jar]{items: []Jar{Jar{content: "jam"}, Jar{content: "honey"}}}
	fmt.Println(jars.Count(), Shelf_labels(jars))
	numbers := Shelf[int]{items: []int{1, 2, 3}}
	fmt.Println(numbers.Count())
}
