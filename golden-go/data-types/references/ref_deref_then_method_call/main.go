package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Square struct {
	side int
}

func (v Square) String() string {
	return "Square { side: " + lisette.FormatValue(v.side) + " }"
}

func (self Square) Area() int {
	return self.side * self.side
}

func main() {
	s := Square{side: 6}
	r := &s
	fmt.Println(r.Area(), r.Area())
}
