package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Sample struct {
	value float32
	count uint16
}

func (v Sample) String() string {
	return "Sample { value: " + lisette.FormatValue(v.value) + ", count: " + lisette.FormatValue(v.count) + " }"
}

func make_() Sample {
	return Sample{value: 1.5, count: 3}
}

func main() {
	s := make_()
	v := s.value
	c := s.count
	both := lisette.Tuple2[uint16, float32]{First: c, Second: v}
	fmt.Printf("%T %T %T %T\n", v, c, both.First, both.Second)
}
