package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 9, 1, 7}
	view := sort.IntSlice(xs)
	sort.Sort(sort.Reverse(view))
	fmt.Println(xs)
	fmt.Println(view.Len(), view.Less(0, 1), view.Search(9))
	names := sort.StringSlice([]string{"b", "c", "a"})
	names.Sort()
	fmt.Println([]string(names))
}
