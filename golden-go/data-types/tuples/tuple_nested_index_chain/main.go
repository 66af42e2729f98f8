package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	t := lisette.Tuple2[lisette.Tuple2[int, int], lisette.Tuple2[int, lisette.Tuple2[int, int]]]{First: lisette.Tuple2[int, int]{First: 1, Second: 2}, Second: lisette.Tuple2[int, lisette.Tuple2[int, int]]{First: 3, Second: lisette.Tuple2[int, int]{First: 4, Second: 5}}}
	fmt.Println(t.First.Second, t.Second.First, t.Second.Second.Second)
	fmt.Println(t)
}
