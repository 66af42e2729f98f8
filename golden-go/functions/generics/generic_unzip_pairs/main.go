package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func unzip[A, B any](pairs []lisette.Tuple2[A, B]) lisette.Tuple2[[]A, []B] {
	left := []A{}
	right := []B{}
	for _, item := range pairs {
		a := item.First
		b := item.Second
		left = append(left, a)
		right = append(right, b)
	}
	return lisette.Tuple2[[]A, []B]{First: left, Second: right}
}

func main() {
	subject := unzip([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ann", Second: 31}, lisette.Tuple2[string, int]{First: "bo", Second: 27}})
	names := subject.First
	ages := subject.Second
	fmt.Println(names, ages)
}
