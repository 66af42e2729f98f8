package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	scores := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ann", Second: 3}, lisette.Tuple2[string, int]{First: "bob", Second: 5}}
	fmt.Println(scores)
	subject := scores[1]
	name := subject.First
	points := subject.Second
	fmt.Println(name, points)
}
