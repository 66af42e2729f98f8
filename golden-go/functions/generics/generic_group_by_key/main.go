package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func group_by[T any](xs []T, key func(T) string) map[string][]T {
	groups := map[string][]T{}
	for _, x := range xs {
		k := key(x)
		var existing []T
		subject := lisette.MapGet(groups, k)
		if subject.Tag == lisette.OptionSome {
			g := subject.SomeVal
			existing = g
		} else {
			existing = []T{}
		}
		groups[k] = append(existing, x)
	}
	return groups
}

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry"}
	by_letter := group_by(words, func(w string) string {
		return w[0:1]
	})
	for _, letter := range []string{"a", "b", "c", "d"} {
		subject2 := lisette.MapGet(by_letter, letter)
		if subject2.Tag == lisette.OptionSome {
			g := subject2.SomeVal
			fmt.Println(letter, g)
		} else {
			fmt.Println(letter, "-")
		}
	}
	by_parity := group_by([]int{1, 2, 3, 4, 5}, func(n int) string {
		if n%2 == 0 {
			return "even"
		} else {
			return "odd"
		}
	})
	fmt.Println(by_parity["odd"], by_parity["even"])
}
