package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Employee struct {
	name    string
	manager lisette.Option[string]
}

func (v Employee) String() string {
	return "Employee { name: " + lisette.FormatValue(v.name) + ", manager: " + lisette.FormatValue(v.manager) + " }"
}

func main() {
	staff := []Employee{Employee{name: "ada", manager: lisette.MakeOptionNone[string]()}, Employee{name: "bob", manager: lisette.MakeOptionSome[string]("ada")}}
	for _, n := range []string{"bob", "ada", "eve"} {
		boss := lisette.OptionAndThen(lisette.SliceFind(staff, func(e Employee) bool {
			return e.name == n
		}), func(e Employee) lisette.Option[string] {
			return e.manager
		})
		fmt.Printf("%v: %v %v\n", n, lisette.OptionMap(boss, func(b string) int {
			return len(b)
		}), boss)
	}
}
