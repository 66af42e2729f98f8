package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func find_seat(taken [][]bool) lisette.Option[lisette.Tuple2[int, int]] {
	r := 0
	for r < len(taken) {
		for c, end := 0, len(taken[r]); c < end; c++ {
			if !taken[r][c] {
				return lisette.MakeOptionSome[lisette.Tuple2[int, int]](lisette.Tuple2[int, int]{First: r, Second: c})
			}
		}
		r += 1
	}
	return lisette.MakeOptionNone[lisette.Tuple2[int, int]]()
}

func main() {
	hall := [][]bool{[]bool{true, true}, []bool{true, false}, []bool{false, false}}
	fmt.Println(find_seat(hall))
	full := [][]bool{[]bool{true}, []bool{true}}
	fmt.Println(find_seat(full))
}
