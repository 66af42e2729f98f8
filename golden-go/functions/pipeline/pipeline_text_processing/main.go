package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func words(s string) []string {
	return lisette.SliceFilter(strings.Split(s, " "), func(w string) bool {
		return !(len(w) == 0)
	})
}

func longer_than(ws []string, n int) []string {
	return lisette.SliceFilter(ws, func(w string) bool {
		return len(w) > n
	})
}

func bracketed(ws []string) []string {
	return lisette.SliceMap(ws, func(w string) string {
		return fmt.Sprintf("[%v]", w)
	})
}

func joined(ws []string, sep string) string {
	return strings.Join(ws, sep)
}

func main() {
	text := "a  quick brown fox jumps over the lazy dog"
	out := joined(bracketed(longer_than(words(text), 3)), "-")
	fmt.Println(out)
}
