package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Button struct {
	label    string
	on_click func(string) string
}

func (v Button) String() string {
	return "Button { label: " + lisette.FormatValue(v.label) + ", on_click: " + lisette.FormatValue(v.on_click) + " }"
}

func press(b *Button) string {
	return b.on_click(b.label)
}

func main() {
	save := Button{label: "save", on_click: func(l string) string {
		return fmt.Sprintf("clicked %v", l)
	}}
	fmt.Println(press(&save))
}
