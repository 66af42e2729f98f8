package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	steps := []string{"wash", "rinse"}
	numbered := lisette.SliceEnumerate(steps)
	for i, s := range numbered {
		fmt.Printf("%v:%v\n", i, s)
	}
}
