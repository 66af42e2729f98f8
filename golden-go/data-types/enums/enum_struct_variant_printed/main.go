package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type WindowTag int

const (
	WindowClosed WindowTag = iota
	WindowResized
	WindowMoved
)

type Window struct {
	Tag WindowTag
	W   int
	H   int
	X   int
	Y   int
}

func (v Window) String() string {
	switch v.Tag {
	case WindowClosed:
		return "Window.Closed"
	case WindowResized:
		return "Window.Resized { w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
	}
	return "Window.Moved { x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + " }"
}

func main() {
	r := Window{Tag: WindowResized, H: 600, W: 800}
	fmt.Println(r)
	fmt.Println(Window{Tag: WindowMoved, X: -10, Y: 5})
	fmt.Println(Window{Tag: WindowClosed})
}
