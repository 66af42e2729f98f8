package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type KeyEventTag int

const (
	KeyEventPress KeyEventTag = iota
	KeyEventRepeat
	KeyEventRelease
	KeyEventFocus
)

type KeyEvent struct {
	Tag   KeyEventTag
	Code  int
	Shift bool
	Count int
}

func (v KeyEvent) String() string {
	switch v.Tag {
	case KeyEventPress:
		return "KeyEvent.Press { code: " + lisette.FormatValue(v.Code) + ", shift: " + lisette.FormatValue(v.Shift) + " }"
	case KeyEventRepeat:
		return "KeyEvent.Repeat { code: " + lisette.FormatValue(v.Code) + ", count: " + lisette.FormatValue(v.Count) + " }"
	case KeyEventRelease:
		return "KeyEvent.Release { code: " + lisette.FormatValue(v.Code) + " }"
	}
	return "KeyEvent.Focus"
}

func key_code(e KeyEvent) int {
	if e.Tag == KeyEventPress || e.Tag == KeyEventRepeat || e.Tag == KeyEventRelease {
		code := e.Code
		return code
	}
	return -1
}

func main() {
	events := []KeyEvent{KeyEvent{Tag: KeyEventPress, Code: 65, Shift: false}, KeyEvent{Tag: KeyEventRepeat, Code: 65, Count: 3}, KeyEvent{Tag: KeyEventFocus}, KeyEvent{Tag: KeyEventRelease, Code: 66}}
	for _, e := range events {
		fmt.Println(key_code(e))
	}
}
