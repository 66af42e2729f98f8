package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func to_int(s string) lisette.Result[int, string] {
	switch s {
	case "one":
		return lisette.MakeResultOk[int, string](1)
	case "two":
		return lisette.MakeResultOk[int, string](2)
	case "three":
		return lisette.MakeResultOk[int, string](3)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad item %v", s))
	}
}

func sum_all(items []string) lisette.Result[int, string] {
	total := 0
	for _, item := range items {
		res := to_int(item)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		n := res.OkVal
		fmt.Printf("added %v\n", n)
		total += n
	}
	return lisette.MakeResultOk[int, string](total)
}

func main() {
	fmt.Println(sum_all([]string{"one", "two", "three"}))
	fmt.Println(sum_all([]string{"two", "zero", "one"}))
}
