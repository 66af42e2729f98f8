package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Person struct {
	name  string
	title string
}

func (v Person) String() string {
	return "Person { name: " + lisette.FormatValue(v.name) + ", title: " + lisette.FormatValue(v.title) + " }"
}

func (self Person) Display_name() string {
	return self.title + " " + self.name
}

func main() {
	p := Person{name: "Curie", title: "Dr."}
	fmt.Println(p.name, "/", p.Display_name())
}
