package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_port(s string) lisette.Result[int, string] {
	switch s {
	case "8080":
		return lisette.MakeResultOk[int, string](8080)
	case "443":
		return lisette.MakeResultOk[int, string](443)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad port %v", s))
	}
}

func main() {
	fmt.Println(parse_port("8080").UnwrapOr(80))
	fmt.Println(parse_port("http").UnwrapOr(80))
}
