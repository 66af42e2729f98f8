package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Named interface {
	Name() string
}

type Pet interface {
	Name() string
	Sound() string
}

type Parrot struct {
	word string
}

func (v Parrot) String() string {
	return "Parrot { word: " + lisette.FormatValue(v.word) + " }"
}

func (self Parrot) Name() string {
	return "polly"
}

func (self Parrot) Sound() string {
	return self.word
}

func roll_call(items []Named) string {
	return strings.Join(lisette.SliceMap(items, func(n Named) string {
		return n.Name()
	}), ", ")
}

func main() {
	var p Pet = Parrot{word: "cracker"}
	var n Named = p
	fmt.Println(n.Name(), p.Sound())
	fmt.Println(roll_call([]Named{p, n}))
}
