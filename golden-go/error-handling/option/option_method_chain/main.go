package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	names := []string{"ann", "", "bob"}
	for i := 0; i < 4; i++ {
		len_ := lisette.OptionMap(lisette.SliceGet(names, i).Filter(func(n string) bool {
			return !(len(n) == 0)
		}), func(n string) int {
			return len(n)
		}).UnwrapOr(-1)
		fmt.Printf("%v: %v\n", i, len_)
	}
}
