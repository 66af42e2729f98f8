package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Token interface {
	Text() string
}

type Number struct {
	value int
}

func (v Number) String() string {
	return "Number { value: " + lisette.FormatValue(v.value) + " }"
}

type Symbol struct {
	ch string
}

func (v Symbol) String() string {
	return "Symbol { ch: " + lisette.FormatValue(v.ch) + " }"
}

func (self Number) Text() string {
	return fmt.Sprintf("num(%v)", self.value)
}

func (self Symbol) Text() string {
	return fmt.Sprintf("sym(%v)", self.ch)
}

func classify(word string) Token {
	switch word {
	case "one":
		return Number{value: 1}
	case "two":
		return Number{value: 2}
	default:
		return Symbol{ch: word}
	}
}

func main() {
	words := []string{"one", "+", "two"}
	fmt.Println(strings.Join(lisette.SliceMap(words, func(w string) string {
		return classify(w).Text()
	}), " "))
}
