package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Counter struct {
	hits int
}

func (v Counter) String() string {
	return "Counter { hits: " + lisette.FormatValue(v.hits) + " }"
}

func main() {
	a := Counter{hits: 1}
	b := a
	b.hits = 10
	a.hits += 1
	fmt.Println(a.hits, b.hits)
}
