package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Size struct {
	w int
	h int
}

func (v Size) String() string {
	return "Size { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + " }"
}

func main() {
	s := Size{w: 640, h: 480}
	line := fmt.Sprintf("window %v has %v pixels", s, s.w*s.h)
	fmt.Println(line)
	fmt.Printf("%v|%v\n", s, s.h)
}
