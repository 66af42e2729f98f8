package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type InputTag int

const (
	InputKey InputTag = iota
	InputButton
)

type Input struct {
	Tag   InputTag
	Code  int
	Shift bool
	X     int
	Y     int
}

func (v Input) String() string {
	switch v.Tag {
	case InputKey:
		return "Input.Key { code: " + lisette.FormatValue(v.Code) + ", shift: " + lisette.FormatValue(v.Shift) + " }"
	}
	return "Input.Button { code: " + lisette.FormatValue(v.Code) + ", x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + " }"
}

func code_of(i Input) int {
	if i.Tag == InputKey {
		code := i.Code
		return code
	}
	code := i.Code
	return code
}

func main() {
	a := Input{Tag: InputKey, Code: 65, Shift: true}
	b := Input{Tag: InputButton, Code: 1, X: 10, Y: 20}
	fmt.Println(code_of(a) + code_of(b))
	fmt.Println(a, b)
}
