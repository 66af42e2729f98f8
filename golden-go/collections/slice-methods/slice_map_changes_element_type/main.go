package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	words := []string{"kiwi", "fig", "banana"}
	lens := lisette.SliceMap(words, func(w string) int {
		return len(w)
	})
	labels := lisette.SliceMap(lens, func(n int) string {
		return fmt.Sprintf("<%v>", n)
	})
	fmt.Println(lens, labels)
}
