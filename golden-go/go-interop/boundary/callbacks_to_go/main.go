package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func main() {
	names := []string{"carol", "al", "bob"}
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) < len(names[j])
	})
	fmt.Println(names)
	shifted := strings.Map(func(r rune) rune {
		if r == 'z' {
			return 'a'
		} else {
			return r + 1
		}
	}, "hal-xyz")
	fmt.Println(shifted)
	nums := []int{5, 3, 8}
	slices.SortFunc(nums, func(a, b int) int {
		return b - a
	})
	fmt.Println(nums, slices.IndexFunc(nums, func(n int) bool {
		return n < 5
	}))
	fmt.Println(strings.FieldsFunc("a1b22c", func(r rune) bool {
		return r >= '0' && r <= '9'
	}))
}
