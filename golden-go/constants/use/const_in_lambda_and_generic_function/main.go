package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

const BONUS = 5

const LABEL = "score"

func label_all[T any](items []T, prefix string) []string {
	return lisette.SliceMap(items, func(it T) string {
		return fmt.Sprintf("%v=%v", prefix, it)
	})
}

func main() {
	scores := []int{10, 20}
	boosted := lisette.SliceMap(scores, func(s int) int {
		return s + BONUS
	})
	fmt.Println(label_all(boosted, LABEL))
}
