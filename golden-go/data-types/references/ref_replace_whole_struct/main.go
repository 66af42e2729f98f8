package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cursor struct {
	line int
	col  int
}

func (v Cursor) String() string {
	return "Cursor { line: " + lisette.FormatValue(v.line) + ", col: " + lisette.FormatValue(v.col) + " }"
}

func reset(c *Cursor) {
	*c = Cursor{line: 1, col: 1}
}

func main() {
	c := Cursor{line: 40, col: 12}
	reset(&c)
	fmt.Println(c)
}
