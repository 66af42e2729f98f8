package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Window struct {
	title string
	width int
}

func (v Window) String() string {
	return "Window { title: " + lisette.FormatValue(v.title) + ", width: " + lisette.FormatValue(v.width) + " }"
}

func main() {
	w := Window{title: "untitled", width: 300}
	before := w
	w = Window{title: "notes.txt", width: w.width}
	w.width += 20
	fmt.Println(before)
	fmt.Println(w)
}
