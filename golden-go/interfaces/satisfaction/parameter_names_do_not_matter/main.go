package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Widget interface {
	Render(width int) string
}

type Label struct {
	text string
}

func (v Label) String() string {
	return "Label { text: " + lisette.FormatValue(v.text) + " }"
}

func (self Label) Render(w int) string {
	if w < len(self.text) {
		w = len(self.text)
	}
	return fmt.Sprintf("[%v:%v]", self.text, w)
}

func draw(x Widget, columns int) {
	fmt.Println(x.Render(columns))
}

func main() {
	draw(Label{text: "menu"}, 10)
	draw(Label{text: "settings"}, 3)
}
