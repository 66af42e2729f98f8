package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	grid := lisette.Tuple2[lisette.Tuple2[int, int], lisette.Tuple2[int, int]]{First: lisette.Tuple2[int, int]{First: 0, Second: 0}, Second: lisette.Tuple2[int, int]{First: 5, Second: 5}}
	grid.First.Second += 3
	grid.Second.First -= 1
	fmt.Println(grid)
}
