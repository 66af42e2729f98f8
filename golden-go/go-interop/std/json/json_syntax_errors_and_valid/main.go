package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

func check(text string) {
	data := []byte(text)
	fmt.Printf("%v valid=%v\n", text, json.Valid(data))
	target := map[string]int{}
	subject := lisette.ResultOfErr(json.Unmarshal(data, &target))
	if subject.Tag == lisette.ResultOk {
		fmt.Println("  decoded", len(target), "keys")
	} else {
		e := subject.ErrVal
		subject2 := lisette.AssertType[*json.SyntaxError](e)
		if subject2.Tag == lisette.OptionSome {
			se := subject2.SomeVal
			fmt.Println("  syntax error at", se.Offset, "-", se.Error())
		} else {
			fmt.Println("  other error:", e)
		}
	}
}

func main() {
	check("{\"a\": 1, \"b\": 2}")
	check("{\"a\": 1,}")
	check("{\"a\" 1}")
	check("{\"a\": 1")
	check("[1, 2]")
}
