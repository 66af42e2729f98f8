package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	discount := lisette.MakeOptionSome[int](15)
	none := lisette.MakeOptionNone[int]()
	fmt.Println(lisette.OptionMapOr(discount, 100, func(d int) int {
		return 100 - d
	}))
	fmt.Println(lisette.OptionMapOr(none, 100, func(d int) int {
		return 100 - d
	}))
	fmt.Println(lisette.OptionMapOr(discount, "full price", func(d int) string {
		return fmt.Sprintf("%v%% off", d)
	}))
}
