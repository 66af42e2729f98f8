package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_bool(s string) lisette.Result[bool, string] {
	switch s {
	case "yes":
		return lisette.MakeResultOk[bool, string](true)
	case "no":
		return lisette.MakeResultOk[bool, string](false)
	default:
		return lisette.MakeResultErr[bool, string](fmt.Sprintf("not a boolean: %v", s))
	}
}

func main() {
	for _, s := range []string{"yes", "maybe"} {
		r := parse_bool(s)
		fmt.Printf("%v: ok=%v err=%v\n", s, r.IsOk(), r.IsErr())
	}
}
