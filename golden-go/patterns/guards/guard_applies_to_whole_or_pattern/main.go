package main

import "fmt"

type KeyTag int

const (
	KeyUp KeyTag = iota
	KeyDown
	KeyLeft
	KeyRight
)

type Key struct {
	Tag KeyTag
}

func (v Key) String() string {
	switch v.Tag {
	case KeyUp:
		return "Key.Up"
	case KeyDown:
		return "Key.Down"
	case KeyLeft:
		return "Key.Left"
	}
	return "Key.Right"
}

func action(k Key, held bool) string {
	if k.Tag == KeyUp || k.Tag == KeyDown {
		if held {
			return "scroll fast"
		}
		return "scroll"
	}
	return "pan"
}

func main() {
	fmt.Println(action(Key{Tag: KeyUp}, true))
	fmt.Println(action(Key{Tag: KeyDown}, true))
	fmt.Println(action(Key{Tag: KeyDown}, false))
	fmt.Println(action(Key{Tag: KeyLeft}, true))
}
