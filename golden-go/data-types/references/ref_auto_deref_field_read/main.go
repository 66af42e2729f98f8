package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Box struct {
	w int
	h int
}

func (v Box) String() string {
	return "Box { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + " }"
}

func area(b *Box) int {
	return b.w * b.h
}

func main() {
	b := Box{w: 6, h: 7}
	r := &b
	fmt.Println(r.w, r.h, area(r), area(&b))
}
