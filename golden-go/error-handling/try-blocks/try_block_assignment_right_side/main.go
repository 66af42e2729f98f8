package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse(s string) lisette.Result[int, string] {
	if s == "4" {
		return lisette.MakeResultOk[int, string](4)
	} else {
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a number: %v", s))
	}
}

func main() {
	last := lisette.MakeResultErr[int, string]("nothing yet")
	fmt.Println(last)
	for _, s := range []string{"4", "x"} {
		last = func() lisette.Result[int, string] {
			res := parse(s)
			if res.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[int, string](res.ErrVal)
			}
			return lisette.MakeResultOk[int, string](res.OkVal + 1)
		}()
		fmt.Println(last)
	}
}
