package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse(s string) lisette.Result[int, string] {
	switch s {
	case "12":
		return lisette.MakeResultOk[int, string](12)
	case "7":
		return lisette.MakeResultOk[int, string](7)
	case "30":
		return lisette.MakeResultOk[int, string](30)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a number: %v", s))
	}
}

func main() {
	readings := []string{"12", "7", "x", "30"}
	for _, r := range readings {
		doubled := func() lisette.Result[int, string] {
			res := parse(r)
			if res.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[int, string](res.ErrVal)
			}
			return lisette.MakeResultOk[int, string](res.OkVal * 2)
		}()
		if doubled.Tag == lisette.ResultOk {
			n := doubled.OkVal
			fmt.Println(n)
		} else {
			e := doubled.ErrVal
			fmt.Printf("skip: %v\n", e)
		}
	}
}
