package config

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ValueTag int

const (
	ValueInt ValueTag = iota
	ValueFlag
	ValueText
)

type Value struct {
	Tag  ValueTag
	Int  int
	Flag bool
	Text string
}

func (v Value) String() string {
	switch v.Tag {
	case ValueInt:
		return "Value.Int(" + lisette.FormatValue(v.Int) + ")"
	case ValueFlag:
		return "Value.Flag(" + lisette.FormatValue(v.Flag) + ")"
	}
	return "Value.Text(" + lisette.FormatValue(v.Text) + ")"
}

func Render(v Value) string {
	switch v.Tag {
	case ValueInt:
		n := v.Int
		return fmt.Sprintf("%v", n)
	case ValueFlag:
		b := v.Flag
		if b {
			return "on"
		} else {
			return "off"
		}
	case ValueText:
		s := v.Text
		return "'" + s + "'"
	}
	panic("unreachable")
}
