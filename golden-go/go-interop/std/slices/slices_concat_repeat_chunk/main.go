package main

import (
	"fmt"
	"slices"
)

func main() {
	all := slices.Concat([]int{1, 2}, []int{3}, []int{}, []int{4, 5, 6})
	fmt.Println(all, len(all))
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	pages := slices.Collect(slices.Chunk(all, 4))
	fmt.Println(len(pages), pages)
	for i, p := range pages {
		fmt.Println(i, len(p))
	}
	dup := slices.Clone(all)
	fmt.Println(slices.Equal(dup, all))
}
