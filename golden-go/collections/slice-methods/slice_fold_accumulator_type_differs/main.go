package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	words := []string{"sun", "moon", "sky"}
	letters := lisette.SliceFold(words, 0, func(n int, w string) int {
		return n + len(w)
	})
	longest := lisette.SliceFold(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		} else {
			return best
		}
	})
	fmt.Println(letters, longest)
}
