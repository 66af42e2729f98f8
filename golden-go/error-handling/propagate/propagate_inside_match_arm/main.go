package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func country(code string) lisette.Result[string, string] {
	switch code {
	case "fr":
		return lisette.MakeResultOk[string, string]("France")
	case "jp":
		return lisette.MakeResultOk[string, string]("Japan")
	default:
		return lisette.MakeResultErr[string, string](fmt.Sprintf("unknown country code %v", code))
	}
}

func describe(kind, code string) lisette.Result[string, string] {
	var text string
	if kind == "country" {
		res := country(code)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[string, string](res.ErrVal)
		}
		name := res.OkVal
		text = fmt.Sprintf("country %v", name)
	} else {
		text = fmt.Sprintf("raw %v", code)
	}
	fmt.Println("described")
	return lisette.MakeResultOk[string, string](text)
}

func main() {
	fmt.Println(describe("country", "jp"))
	fmt.Println(describe("country", "xx"))
	fmt.Println(describe("other", "xx"))
}
