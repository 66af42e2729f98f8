package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse(s string) lisette.Result[int, string] {
	switch s {
	case "10":
		return lisette.MakeResultOk[int, string](10)
	case "0":
		return lisette.MakeResultOk[int, string](0)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a number: %v", s))
	}
}

func invert(n int) lisette.Result[int, string] {
	if n == 0 {
		return lisette.MakeResultErr[int, string]("cannot invert zero")
	} else {
		return lisette.MakeResultOk[int, string](1000 / n)
	}
}

func main() {
	for _, s := range []string{"10", "0", "x"} {
		fmt.Println(lisette.ResultAndThen(parse(s), invert))
	}
}
