package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type SampleTag int

const (
	SamplePoint3 SampleTag = iota
	SamplePoint2
)

type Sample struct {
	Tag     SampleTag
	Point30 int
	Point31 int
	Point32 int
	Point20 int
	Point21 int
}

func (v Sample) String() string {
	switch v.Tag {
	case SamplePoint3:
		return "Sample.Point3(" + lisette.FormatValue(v.Point30) + ", " + lisette.FormatValue(v.Point31) + ", " + lisette.FormatValue(v.Point32) + ")"
	}
	return "Sample.Point2(" + lisette.FormatValue(v.Point20) + ", " + lisette.FormatValue(v.Point21) + ")"
}

func first_coordinate(s Sample) int {
	if s.Tag == SamplePoint3 {
		x := s.Point30
		return x
	}
	x := s.Point20
	return x
}

func dimensions(s Sample) int {
	if s.Tag == SamplePoint3 {
		return 3
	}
	return 2
}

func main() {
	a := Sample{Tag: SamplePoint3, Point30: 7, Point31: 8, Point32: 9}
	b := Sample{Tag: SamplePoint2, Point20: 4, Point21: 5}
	fmt.Println(first_coordinate(a), dimensions(a))
	fmt.Println(first_coordinate(b), dimensions(b))
}
