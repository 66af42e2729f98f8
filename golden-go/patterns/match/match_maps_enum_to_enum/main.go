package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type KeyTag int

const (
	KeyChar KeyTag = iota
	KeyEnter
	KeyEscape
)

type Key struct {
	Tag  KeyTag
	Char rune
}

func (v Key) String() string {
	switch v.Tag {
	case KeyChar:
		return "Key.Char(" + lisette.FormatValue(v.Char) + ")"
	case KeyEnter:
		return "Key.Enter"
	}
	return "Key.Escape"
}

type EditTag int

const (
	EditInsert EditTag = iota
	EditSubmit
	EditAbort
)

type Edit struct {
	Tag  EditTag
	Text string
}

func (v Edit) String() string {
	switch v.Tag {
	case EditInsert:
		return "Edit.Insert { text: " + lisette.FormatValue(v.Text) + " }"
	case EditSubmit:
		return "Edit.Submit"
	}
	return "Edit.Abort"
}

func translate(k Key) Edit {
	switch k.Tag {
	case KeyChar:
		c := k.Char
		return Edit{Tag: EditInsert, Text: fmt.Sprintf("%c", c)}
	case KeyEnter:
		return Edit{Tag: EditSubmit}
	case KeyEscape:
		return Edit{Tag: EditAbort}
	}
	panic("unreachable")
}

func main() {
	keys := []Key{Key{Tag: KeyChar, Char: 'o'}, Key{Tag: KeyChar, Char: 'k'}, Key{Tag: KeyEnter}, Key{Tag: KeyEscape}}
	buffer := ""
	for _, k := range keys {
		subject := translate(k)
		switch subject.Tag {
		case EditInsert:
			text := subject.Text
			buffer = buffer + text
		case EditSubmit:
			fmt.Println("submitted:", buffer)
		case EditAbort:
			fmt.Println("aborted")
		}
	}
}
