package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type InputTag int

const (
	InputKey InputTag = iota
	InputClick
)

type Input struct {
	Tag    InputTag
	Code   int
	Shift  bool
	Repeat bool
	X      int
	Y      int
	Button int
}

func (v Input) String() string {
	switch v.Tag {
	case InputKey:
		return "Input.Key { code: " + lisette.FormatValue(v.Code) + ", shift: " + lisette.FormatValue(v.Shift) + ", repeat: " + lisette.FormatValue(v.Repeat) + " }"
	}
	return "Input.Click { x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + ", button: " + lisette.FormatValue(v.Button) + " }"
}

func describe(i Input) string {
	if i.Tag == InputKey {
		if i.Code == 13 {
			return "enter"
		}
		if i.Shift {
			code := i.Code
			return fmt.Sprintf("shifted key %v", code)
		}
		code := i.Code
		return fmt.Sprintf("key %v", code)
	}
	button := i.Button
	return fmt.Sprintf("click with button %v", button)
}

func main() {
	fmt.Println(describe(Input{Tag: InputKey, Code: 13, Shift: true, Repeat: false}))
	fmt.Println(describe(Input{Tag: InputKey, Code: 65, Shift: true, Repeat: true}))
	fmt.Println(describe(Input{Tag: InputKey, Code: 66, Shift: false, Repeat: false}))
	fmt.Println(describe(Input{Tag: InputClick, X: 1, Y: 2, Button: 3}))
}
