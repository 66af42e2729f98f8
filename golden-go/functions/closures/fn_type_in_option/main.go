package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func apply_hook(hook lisette.Option[func(string) string], s string) string {
	if hook.Tag == lisette.OptionSome {
		h := hook.SomeVal
		return h(s)
	}
	return s
}

func main() {
	fmt.Println(apply_hook(lisette.MakeOptionSome[func(string) string](func(s string) string {
		return s + "?"
	}), "ready"))
	fmt.Println(apply_hook(lisette.MakeOptionNone[func(string) string](), "ready"))
}
