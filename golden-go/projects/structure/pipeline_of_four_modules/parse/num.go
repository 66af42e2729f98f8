package parse

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ParsedTag int

const (
	ParsedValue ParsedTag = iota
	ParsedSkip
)

type Parsed struct {
	Tag   ParsedTag
	Value int
	Skip  string
}

func (v Parsed) String() string {
	switch v.Tag {
	case ParsedValue:
		return "Parsed.Value(" + lisette.FormatValue(v.Value) + ")"
	}
	return "Parsed.Skip(" + lisette.FormatValue(v.Skip) + ")"
}

func Digit(r rune) lisette.Option[int] {
	digits := "0123456789"
	i := 0
	for _, d := range digits {
		if d == r {
			return lisette.MakeOptionSome[int](i)
		}
		i += 1
	}
	return lisette.MakeOptionNone[int]()
}

func Parse(s string) Parsed {
	if len(s) == 0 {
		return Parsed{Tag: ParsedSkip, Skip: "empty"}
	}
	n := 0
	for _, r := range s {
		subject := Digit(r)
		if subject.Tag != lisette.OptionSome {
			return Parsed{Tag: ParsedSkip, Skip: fmt.Sprintf("bad %v", s)}
		}
		d := subject.SomeVal
		n = n*10 + d
	}
	return Parsed{Tag: ParsedValue, Value: n}
}
