package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Viewer interface {
	View(doc string) string
}

type Editor interface {
	Viewer
	Edit(doc string) string
}

type Admin interface {
	Editor
	Delete(doc string) string
}

type Root struct {
	name string
}

func (v Root) String() string {
	return "Root { name: " + lisette.FormatValue(v.name) + " }"
}

func (self Root) View(doc string) string {
	return fmt.Sprintf("%v views %v", self.name, doc)
}

func (self Root) Edit(doc string) string {
	return fmt.Sprintf("%v edits %v", self.name, doc)
}

func (self Root) Delete(doc string) string {
	return fmt.Sprintf("%v deletes %v", self.name, doc)
}

func peek(v Viewer) string {
	return v.View("readme")
}

func main() {
	var a Admin = Root{name: "root"}
	fmt.Println(a.Delete("log"))
	fmt.Println(a.Edit("notes"))
	fmt.Println(peek(a))
	var e Editor = a
	fmt.Println(e.View("plan"))
}
