package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func sorted(p lisette.Tuple2[int, int]) lisette.Tuple2[int, int] {
	if p.First <= p.Second {
		return p
	} else {
		return lisette.Tuple2[int, int]{First: p.Second, Second: p.First}
	}
}

func main() {
	p := lisette.Tuple2[string, string]{First: "a", Second: "b"}
	fmt.Println(sorted(lisette.Tuple2[int, int]{First: 9, Second: 4}), p)
}
