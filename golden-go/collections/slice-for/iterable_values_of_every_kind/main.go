package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	total := 0
	for _, x := range []int{1, 2} {
		total += x
	}
	for i, x := range []int{10, 20} {
		total += i * x
	}
	for _, r := range "ab" {
		total += int(r)
	}
	for _, v := range lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "k", Second: 100}}) {
		total += v
	}
	for i := 0; i < 3; i++ {
		total += i
	}
	fmt.Println(total)
}
