package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ParseError struct {
	line int
	text string
}

func (v ParseError) String() string {
	return "ParseError { line: " + lisette.FormatValue(v.line) + ", text: " + lisette.FormatValue(v.text) + " }"
}

func (self ParseError) Error() string {
	return fmt.Sprintf("line %v: cannot parse %v", self.line, self.text)
}

type RangeError struct {
	value int
	max_  int
}

func (v RangeError) String() string {
	return "RangeError { value: " + lisette.FormatValue(v.value) + ", max: " + lisette.FormatValue(v.max_) + " }"
}

func (self RangeError) Error() string {
	return fmt.Sprintf("%v exceeds %v", self.value, self.max_)
}

func parse_line(line int, text string) lisette.Result[int, error] {
	switch text {
	case "10":
		return lisette.MakeResultOk[int, error](10)
	case "99":
		return lisette.MakeResultOk[int, error](99)
	default:
		return lisette.MakeResultErr[int, error](ParseError{line: line, text: text})
	}
}

func check(v int) lisette.Result[int, error] {
	if v > 50 {
		return lisette.MakeResultErr[int, error](RangeError{value: v, max_: 50})
	}
	return lisette.MakeResultOk[int, error](v)
}

func load(line int, text string) lisette.Result[int, error] {
	res := parse_line(line, text)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, error](res.ErrVal)
	}
	v := res.OkVal
	return check(v)
}

func main() {
	for i, t := range []string{"10", "99", "abc"} {
		subject := load(i+1, t)
		if subject.Tag == lisette.ResultOk {
			v := subject.OkVal
			fmt.Printf("ok %v\n", v)
		} else {
			e := subject.ErrVal
			fmt.Printf("error: %v\n", e)
		}
	}
}
