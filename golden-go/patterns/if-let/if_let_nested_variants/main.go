package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_age(s string) lisette.Result[int, string] {
	switch s {
	case "adult":
		return lisette.MakeResultOk[int, string](30)
	case "child":
		return lisette.MakeResultOk[int, string](8)
	default:
		return lisette.MakeResultErr[int, string]("unknown")
	}
}

func main() {
	inputs := []lisette.Option[string]{lisette.MakeOptionSome[string]("child"), lisette.MakeOptionNone[string](), lisette.MakeOptionSome[string]("robot"), lisette.MakeOptionSome[string]("adult")}
	for _, input := range inputs {
		var parsed lisette.Option[lisette.Result[int, string]]
		if input.Tag == lisette.OptionSome {
			s := input.SomeVal
			parsed = lisette.MakeOptionSome[lisette.Result[int, string]](parse_age(s))
		} else {
			parsed = lisette.MakeOptionNone[lisette.Result[int, string]]()
		}
		if parsed.Tag == lisette.OptionSome && parsed.SomeVal.Tag == lisette.ResultOk {
			age := parsed.SomeVal.OkVal
			fmt.Println("age", age)
		} else {
			fmt.Println("skipped")
		}
	}
}
