package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup(code int) lisette.Tuple2[string, lisette.Option[int]] {
	if code == 1 {
		return lisette.Tuple2[string, lisette.Option[int]]{First: "one", Second: lisette.MakeOptionSome[int](1)}
	} else {
		return lisette.Tuple2[string, lisette.Option[int]]{First: "unknown", Second: lisette.MakeOptionNone[int]()}
	}
}

func main() {
	fmt.Println(lookup(1))
	fmt.Println(lookup(9))
}
