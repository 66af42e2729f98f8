package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Handler struct {
	name string
	run  func(int) int
}

func (v Handler) String() string {
	return "Handler { name: " + lisette.FormatValue(v.name) + ", run: " + lisette.FormatValue(v.run) + " }"
}

func find(handlers []Handler, name string) lisette.Option[Handler] {
	return lisette.SliceFind(handlers, func(h Handler) bool {
		return h.name == name
	})
}

func main() {
	handlers := []Handler{Handler{name: "inc", run: func(n int) int {
		return n + 1
	}}, Handler{name: "neg", run: func(n int) int {
		return -n
	}}}
	subject := find(handlers, "neg")
	if subject.Tag == lisette.OptionSome {
		h := subject.SomeVal
		fmt.Println(h.name, h.run(8))
	} else {
		fmt.Println("no handler")
	}
	fmt.Println(find(handlers, "sqrt").IsNone())
}
