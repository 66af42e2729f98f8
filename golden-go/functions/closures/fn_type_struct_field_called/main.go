package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Rule struct {
	name  string
	check func(int) bool
}

func (v Rule) String() string {
	return "Rule { name: " + lisette.FormatValue(v.name) + ", check: " + lisette.FormatValue(v.check) + " }"
}

func main() {
	rules := []Rule{Rule{name: "positive", check: func(n int) bool {
		return n > 0
	}}, Rule{name: "even", check: func(n int) bool {
		return n%2 == 0
	}}}
	for _, r := range rules {
		fmt.Println(r.name, r.check(-4))
	}
}
