package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func shift(c lisette.Tuple2[int, int], by int) lisette.Tuple2[int, int] {
	return lisette.Tuple2[int, int]{First: c.First + by, Second: c.Second + by}
}

func main() {
	start := lisette.Tuple2[int, int]{First: 1, Second: 2}
	moved := shift(start, 10)
	fmt.Println(moved, moved == lisette.Tuple2[int, int]{First: 11, Second: 12})
}
