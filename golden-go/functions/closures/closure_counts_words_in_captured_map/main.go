package main

import (
	"fmt"
	"strings"
)

func each_word(text string, f func(string)) {
	for _, w := range strings.Split(text, " ") {
		if !(len(w) == 0) {
			f(w)
		}
	}
}

func main() {
	counts := map[string]int{}
	each_word("the cat and the hat and the bat", func(w string) {
		counts[w] = counts[w] + 1
	})
	for _, w := range []string{"the", "and", "cat", "dog"} {
		fmt.Println(w, counts[w])
	}
}
