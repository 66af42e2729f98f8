package main

import (
	"fmt"
	"golden/projects/tuplestructs/newtype_of_module_built_and_unwrapped/units"
)

func main() {
	a := units.Meters(1200)
	b := units.Add(a, units.Meters(300))
	fmt.Println(int(b), b)
}
