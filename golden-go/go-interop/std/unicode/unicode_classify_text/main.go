package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"unicode"
)

type Counts struct {
	letters int
	upper   int
	digits  int
	spaces  int
	punct   int
	other   int
}

func (v Counts) String() string {
	return "Counts { letters: " + lisette.FormatValue(v.letters) + ", upper: " + lisette.FormatValue(v.upper) + ", digits: " + lisette.FormatValue(v.digits) + ", spaces: " + lisette.FormatValue(v.spaces) + ", punct: " + lisette.FormatValue(v.punct) + ", other: " + lisette.FormatValue(v.other) + " }"
}

func classify(text string) Counts {
	c := Counts{letters: 0, upper: 0, digits: 0, spaces: 0, punct: 0, other: 0}
	for _, r := range text {
		if unicode.IsLetter(r) {
			c.letters += 1
			if unicode.IsUpper(r) {
				c.upper += 1
			}
		} else if unicode.IsDigit(r) {
			c.digits += 1
		} else if unicode.IsSpace(r) {
			c.spaces += 1
		} else if unicode.IsPunct(r) {
			c.punct += 1
		} else {
			c.other += 1
		}
	}
	return c
}

func main() {
	c := classify("Hello, Wörld! 42 × Ωmega\t")
	fmt.Println(c)
	fmt.Println(unicode.IsLetter('é'), unicode.IsDigit('٣'), unicode.IsNumber('½'), unicode.IsDigit('½'))
}
