package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ops := map[string]func(int, int) int{}
	ops["add"] = func(a, b int) int {
		return a + b
	}
	ops["mul"] = func(a, b int) int {
		return a * b
	}
	for _, name := range []string{"add", "mul", "pow"} {
		subject := lisette.MapGet(ops, name)
		if subject.Tag == lisette.OptionSome {
			op := subject.SomeVal
			fmt.Println(name, op(6, 7))
		} else {
			fmt.Println(name, "unknown")
		}
	}
}
