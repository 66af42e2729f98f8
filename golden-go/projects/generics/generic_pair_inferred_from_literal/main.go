package main

import (
	"fmt"
	"golden/projects/generics/generic_pair_inferred_from_literal/coll"
)

func main() {
	p := coll.Pair[int, string]{Left: 1, Right: "one"}
	q := coll.Swap(p)
	fmt.Println(p)
	fmt.Println(q, q.Left)
}
