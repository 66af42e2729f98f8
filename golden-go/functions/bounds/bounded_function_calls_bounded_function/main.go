package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Labeled interface {
	Label() string
}

type Jar struct {
	content string
}

func (v Jar) String() string {
	return "Jar { content: " + lisette.FormatValue(v.content) + " }"
}

func (self Jar) Label() string {
	return fmt.Sprintf("jar of %v", self.content)
}

func show[T Labeled](x T) string {
	return fmt.Sprintf("[%v]", x.Label())
}

func show_all[T Labeled](xs []T) string {
	return strings.Join(lisette.SliceMap(xs, func(x T) string {
		return show(x)
	}), " ")
}

func main() {
	fmt.Println(show_all([]Jar{Jar{content: "jam"}, Jar{content: "honey"}}))
}
