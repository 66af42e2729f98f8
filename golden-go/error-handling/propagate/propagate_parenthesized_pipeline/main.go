package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_port(text string) lisette.Result[int, string] {
	switch text {
	case "http":
		return lisette.MakeResultOk[int, string](80)
	case "https":
		return lisette.MakeResultOk[int, string](443)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("unknown scheme %v", text))
	}
}

func describe(text string) lisette.Result[string, string] {
	res := (parse_port(text))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[string, string](res.ErrVal)
	}
	port := res.OkVal
	return lisette.MakeResultOk[string, string](fmt.Sprintf("%v uses port %v", text, port))
}

func main() {
	fmt.Println(describe("https"))
	fmt.Println(describe("ftp"))
}
