package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_age(text string) lisette.Result[int, string] {
	switch text {
	case "seven":
		return lisette.MakeResultOk[int, string](7)
	case "forty":
		return lisette.MakeResultOk[int, string](40)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("unknown number %v", text))
	}
}

func next_birthday(text string) lisette.Result[int, string] {
	res := parse_age(text)
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, string](res.ErrVal)
	}
	age := res.OkVal
	return lisette.MakeResultOk[int, string](age + 1)
}

func main() {
	fmt.Println(next_birthday("forty"))
	fmt.Println(next_birthday("ten"))
}
