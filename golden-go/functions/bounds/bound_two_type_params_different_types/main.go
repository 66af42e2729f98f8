package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Labeled interface {
	Label() string
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

type Box struct {
	id int
}

func (v Box) String() string {
	return "Box { id: " + lisette.FormatValue(v.id) + " }"
}

func (self Box) Label() string {
	return fmt.Sprintf("box %v", self.id)
}

func both[A, B Labeled](a A, b B) string {
	return a.Label() + " and " + b.Label()
}

func main() {
	fmt.Println(both(Jar{content: "tea"}, Box{id: 9}))
	fmt.Println(both(Box{id: 1}, Box{id: 2}))
}
