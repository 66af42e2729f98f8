package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func find_index(xs []string, target string) lisette.Option[int] {
	for i, x := range xs {
		if x == target {
			return lisette.MakeOptionSome[int](i)
		}
	}
	return lisette.MakeOptionNone[int]()
}

func main() {
	fruits := []string{"fig", "kiwi", "plum"}
	for _, name := range []string{"kiwi", "pear"} {
		subject := find_index(fruits, name)
		if subject.Tag == lisette.OptionSome {
			i := subject.SomeVal
			fmt.Println(name, "at", i)
		} else {
			fmt.Println(name, "missing")
		}
	}
}
