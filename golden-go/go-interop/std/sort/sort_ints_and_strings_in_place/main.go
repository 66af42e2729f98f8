package main

import (
	"fmt"
	"sort"
)

func main() {
	scores := []int{42, 7, 19, 7, 100, -3}
	fmt.Println(sort.IntsAreSorted(scores))
	sort.Ints(scores)
	fmt.Println(scores, sort.IntsAreSorted(scores))
	fmt.Println(sort.SearchInts(scores, 19), sort.SearchInts(scores, 20))
	names := []string{"mallory", "alice", "Bob", "carol"}
	sort.Strings(names)
	fmt.Println(names)
	temps := []float64{2.5, -1.0, 0.25}
	sort.Float64s(temps)
	fmt.Println(temps)
}
