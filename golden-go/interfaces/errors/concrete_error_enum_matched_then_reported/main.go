package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ParseErrorTag int

const (
	ParseErrorEmpty ParseErrorTag = iota
	ParseErrorBadChar
)

type ParseError struct {
	Tag     ParseErrorTag
	BadChar string
}

func (v ParseError) String() string {
	switch v.Tag {
	case ParseErrorEmpty:
		return "ParseError.Empty"
	}
	return "ParseError.BadChar(" + lisette.FormatValue(v.BadChar) + ")"
}

func (self ParseError) Error() string {
	if self.Tag == ParseErrorEmpty {
		return "empty input"
	}
	c := self.BadChar
	return fmt.Sprintf("unexpected %v", c)
}

func first_letter(s string) lisette.Result[string, ParseError] {
	if len(s) == 0 {
		return lisette.MakeResultErr[string, ParseError](ParseError{Tag: ParseErrorEmpty})
	}
	c := s[0:1]
	if c == "#" {
		return lisette.MakeResultErr[string, ParseError](ParseError{Tag: ParseErrorBadChar, BadChar: c})
	}
	return lisette.MakeResultOk[string, ParseError](c)
}

func log_failure(e error) {
	fmt.Println("failure:", e.Error())
}

func main() {
	for _, s := range []string{"go", "", "#tag"} {
		subject := first_letter(s)
		if subject.Tag == lisette.ResultOk {
			c := subject.OkVal
			fmt.Println("letter", c)
		} else if subject.ErrVal.Tag == ParseErrorEmpty {
			fmt.Println("skipping empty")
		} else {
			other := subject.ErrVal
			log_failure(other)
		}
	}
}
