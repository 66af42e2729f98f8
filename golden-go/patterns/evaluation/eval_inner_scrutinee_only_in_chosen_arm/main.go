package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup(key string) lisette.Option[int] {
	fmt.Println("lookup", key)
	if key == "a" {
		return lisette.MakeOptionSome[int](1)
	} else {
		return lisette.MakeOptionNone[int]()
	}
}

func resolve(use_cache bool, key string) int {
	if use_cache {
		return 0
	}
	subject := lookup(key)
	if subject.Tag == lisette.OptionSome {
		v := subject.SomeVal
		return v
	}
	return -1
}

func main() {
	fmt.Println(resolve(true, "a"))
	fmt.Println(resolve(false, "a"))
	fmt.Println(resolve(false, "b"))
}
