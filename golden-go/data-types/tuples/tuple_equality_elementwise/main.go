package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	a := lisette.Tuple3[int, string, bool]{First: 1, Second: "a", Third: true}
	b := lisette.Tuple3[int, string, bool]{First: 1, Second: "a", Third: true}
	c := lisette.Tuple3[int, string, bool]{First: 1, Second: "b", Third: true}
	fmt.Println(a == b, a == c, a != c)
	fmt.Println(lisette.Tuple2[int, lisette.Tuple2[int, int]]{First: 2, Second: lisette.Tuple2[int, int]{First: 3, Second: 4}} == lisette.Tuple2[int, lisette.Tuple2[int, int]]{First: 2, Second: lisette.Tuple2[int, int]{First: 3, Second: 4}})
}
