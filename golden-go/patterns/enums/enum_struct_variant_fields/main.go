package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type WindowEventTag int

const (
	WindowEventMoved WindowEventTag = iota
	WindowEventResized
	WindowEventClosed
)

type WindowEvent struct {
	Tag    WindowEventTag
	X      int
	Y      int
	Width  int
	Height int
}

func (v WindowEvent) String() string {
	switch v.Tag {
	case WindowEventMoved:
		return "WindowEvent.Moved { x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + " }"
	case WindowEventResized:
		return "WindowEvent.Resized { width: " + lisette.FormatValue(v.Width) + ", height: " + lisette.FormatValue(v.Height) + " }"
	}
	return "WindowEvent.Closed"
}

func log(e WindowEvent) string {
	switch e.Tag {
	case WindowEventMoved:
		x := e.X
		y := e.Y
		return fmt.Sprintf("moved to (%v, %v)", x, y)
	case WindowEventResized:
		w := e.Width
		h := e.Height
		return fmt.Sprintf("resized to %vx%v", w, h)
	case WindowEventClosed:
		return "closed"
	}
	panic("unreachable")
}

func main() {
	events := []WindowEvent{WindowEvent{Tag: WindowEventMoved, X: 10, Y: 20}, WindowEvent{Tag: WindowEventResized, Width: 800, Height: 600}, WindowEvent{Tag: WindowEventClosed}}
	for _, e := range events {
		fmt.Println(log(e))
	}
}
