package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Tally struct {
	n int
}

func (v Tally) String() string {
	return "Tally { n: " + lisette.FormatValue(v.n) + " }"
}

func (self *Tally) Bump() {
	self.n += 1
}

func main() {
	t := Tally{n: 0}
	t.Bump()
	names := []string{"ann"}
	names = append(names, "bob")
	stock := map[string]int{}
	stock["pens"] = 12
	origin := Tally{n: 5}
	origin.n = 9
	fmt.Println(t.n, names, stock["pens"], origin.n)
}
