package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	word := lisette.MakeOptionSome[string]("lisette")
	none := lisette.MakeOptionNone[string]()
	fmt.Println(lisette.OptionMap(word, func(w string) int {
		return len(w)
	}))
	fmt.Println(lisette.OptionMap(none, func(w string) int {
		return len(w)
	}))
	fmt.Println(lisette.OptionMap(word, func(w string) string {
		return fmt.Sprintf("<%v>", w)
	}))
}
