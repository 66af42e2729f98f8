package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type GestureTag int

const (
	GestureSwipe GestureTag = iota
	GestureTap
)

type Gesture struct {
	Tag GestureTag
	Dx  int
	Dy  int
}

func (v Gesture) String() string {
	switch v.Tag {
	case GestureSwipe:
		return "Gesture.Swipe { dx: " + lisette.FormatValue(v.Dx) + ", dy: " + lisette.FormatValue(v.Dy) + " }"
	}
	return "Gesture.Tap"
}

func distance(g Gesture) int {
	if g.Tag != GestureSwipe {
		return 0
	}
	dx := g.Dx
	dy := g.Dy
	return dx*dx + dy*dy
}

func main() {
	fmt.Println(distance(Gesture{Tag: GestureSwipe, Dx: 3, Dy: 4}))
	fmt.Println(distance(Gesture{Tag: GestureTap}))
}
