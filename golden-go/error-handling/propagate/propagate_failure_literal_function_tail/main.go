package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func find_index(names []string, wanted string) lisette.Result[int, string] {
	for i, n := range names {
		if n == wanted {
			return lisette.MakeResultOk[int, string](i)
		}
	}
	return lisette.MakeResultErr[int, string](fmt.Sprintf("%v not found", wanted))
}

func main() {
	names := []string{"ada", "alan", "grace"}
	fmt.Println(find_index(names, "grace"))
	fmt.Println(find_index(names, "edsger"))
}
