package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sort"
	"strings"
)

func main() {
	xs := []int{1, 3, 6, 10, 15, 21, 28}
	i := sort.Search(len(xs), func(k int) bool {
		return xs[k] >= 10
	})
	fmt.Println(i, xs[i])
	none := sort.Search(len(xs), func(k int) bool {
		return xs[k] > 100
	})
	fmt.Println(none == len(xs))
	names := []string{"ada", "bob", "cy", "dee"}
	for _, target := range []string{"cy", "cz"} {
		subject := lisette.MakeTuple2(sort.Find(len(names), func(k int) int {
			return strings.Compare(target, names[k])
		}))
		pos := subject.First
		found := subject.Second
		fmt.Println(target, pos, found)
	}
}
