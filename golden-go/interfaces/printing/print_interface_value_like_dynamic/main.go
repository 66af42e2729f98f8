package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shape interface {
	Area() float64
}

type Square struct {
	side float64
}

func (v Square) String() string {
	return "Square { side: " + lisette.FormatValue(v.side) + " }"
}

type BlobTag int

const (
	BlobDot BlobTag = iota
	BlobSpot
)

type Blob struct {
	Tag  BlobTag
	Spot float64
}

func (v Blob) String() string {
	switch v.Tag {
	case BlobDot:
		return "Blob.Dot"
	}
	return "Blob.Spot(" + lisette.FormatValue(v.Spot) + ")"
}

func (self Square) Area() float64 {
	return self.side * self.side
}

func (self Blob) Area() float64 {
	if self.Tag == BlobDot {
		return 0.0
	}
	r := self.Spot
	return r * r
}

func main() {
	var s Shape = Square{side: 1.5}
	fmt.Println(s)
	fmt.Printf("shape=%v area=%v\n", s, s.Area())
	all := []Shape{s, Blob{Tag: BlobSpot, Spot: 2.0}, Blob{Tag: BlobDot}}
	fmt.Println(all)
	maybe := lisette.MakeOptionSome[Shape](Blob{Tag: BlobSpot, Spot: 0.5})
	fmt.Println(maybe)
	named := lisette.MapFrom([]lisette.Tuple2[string, Shape]{lisette.Tuple2[string, Shape]{First: "b", Second: Blob{Tag: BlobDot}}, lisette.Tuple2[string, Shape]{First: "a", Second: s}})
	fmt.Println(named)
	pair := lisette.Tuple2[string, Shape]{First: "x", Second: s}
	fmt.Println(pair)
}
