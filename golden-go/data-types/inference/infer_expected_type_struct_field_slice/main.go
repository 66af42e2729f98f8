package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Bag struct {
	owner string
	items []string
	limit lisette.Option[int]
}

func (v Bag) String() string {
	return "Bag { owner: " + lisette.FormatValue(v.owner) + ", items: " + lisette.FormatValue(v.items) + ", limit: " + lisette.FormatValue(v.limit) + " }"
}

func main() {
	b := Bag{owner: "kai", items: []string{}, limit: lisette.MakeOptionNone[int]()}
	b.items = append(b.items, "map")
	b.limit = lisette.MakeOptionSome[int](3)
	fmt.Println(b)
}
