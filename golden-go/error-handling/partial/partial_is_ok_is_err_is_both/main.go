package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	items := []lisette.Partial[int, string]{lisette.MakePartialOk[int, string](1), lisette.MakePartialErr[int, string]("x"), lisette.MakePartialBoth[int, string](2, "y")}
	for _, p := range items {
		fmt.Println(p.IsOk(), p.IsErr(), p.IsBoth())
	}
}
