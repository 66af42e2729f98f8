package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Converter[A, B any] interface {
	Convert(a A) B
}

type Stars struct{}

func (v Stars) String() string {
	return "Stars {}"
}

type Length struct{}

func (v Length) String() string {
	return "Length {}"
}

func (self Stars) Convert(a int) string {
	s := ""
	for i := 0; i < a; i++ {
		s = s + "*"
	}
	return s
}

func (self Length) Convert(a string) int {
	return len(a)
}

func apply_all[A, B any](c Converter[A, B], items []A) []B {
	return lisette.SliceMap(items, func(x A) B {
		return c.Convert(x)
	})
}

func main() {
	var to_stars Converter[int, string] = Stars{}
	var to_len Converter[string, int] = Length{}
	bars := apply_all(to_stars, []int{3, 1, 4})
	fmt.Println(bars)
	fmt.Println(apply_all(to_len, bars))
}
