package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func default_width(reason string) int {
	fmt.Printf("using default width (%v)\n", reason)
	return 80
}

func parse_width(s string) lisette.Result[int, string] {
	switch s {
	case "120":
		return lisette.MakeResultOk[int, string](120)
	case "":
		return lisette.MakeResultErr[int, string]("empty")
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("invalid: %v", s))
	}
}

func main() {
	for _, s := range []string{"120", "", "wide"} {
		w := lisette.ResultMap(parse_width(s), func(n int) int {
			return n - 2
		}).UnwrapOrElse(default_width)
		fmt.Println(w)
	}
}
