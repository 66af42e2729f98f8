package main

import (
	"fmt"
	"golden/projects/types/module_type_in_slice_summed/inventory"
	lisette "lisette.dev/prelude"
)

func weight(parts []inventory.Part) int {
	return lisette.SliceFold(parts, 0, func(acc int, p inventory.Part) int {
		return acc + p.Grams
	})
}

func main() {
	kit := []inventory.Part{inventory.Bolt(), inventory.Nut(), inventory.Nut()}
	fmt.Println(weight(kit))
	fmt.Println(kit[0])
	fmt.Println(len(kit))
}
