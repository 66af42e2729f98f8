package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type KeyTag int

const (
	KeyEnter KeyTag = iota
	KeyChar
	KeyEscape
)

type Key struct {
	Tag  KeyTag
	Char rune
}

func (v Key) String() string {
	switch v.Tag {
	case KeyEnter:
		return "Key.Enter"
	case KeyChar:
		return "Key.Char(" + lisette.FormatValue(v.Char) + ")"
	}
	return "Key.Escape"
}

type InputTag int

const (
	InputPress InputTag = iota
	InputRelease
	InputIdle
)

type Input struct {
	Tag     InputTag
	Press   Key
	Release Key
}

func (v Input) String() string {
	switch v.Tag {
	case InputPress:
		return "Input.Press(" + lisette.FormatValue(v.Press) + ")"
	case InputRelease:
		return "Input.Release(" + lisette.FormatValue(v.Release) + ")"
	}
	return "Input.Idle"
}

func main() {
	a := Input{Tag: InputPress, Press: Key{Tag: KeyEnter}}
	b := Input{Tag: InputRelease, Release: Key{Tag: KeyEscape}}
	fmt.Println(a)
	fmt.Println(b, Input{Tag: InputIdle})
}
