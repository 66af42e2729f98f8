package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func collect_all[T, E any](xs []lisette.Result[T, E]) lisette.Result[[]T, E] {
	out := []T{}
	for _, x := range xs {
		res := x
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[[]T, E](res.ErrVal)
		}
		v := res.OkVal
		out = append(out, v)
	}
	return lisette.MakeResultOk[[]T, E](out)
}

func parse_flag(s string) lisette.Result[bool, string] {
	switch s {
	case "on":
		return lisette.MakeResultOk[bool, string](true)
	case "off":
		return lisette.MakeResultOk[bool, string](false)
	default:
		return lisette.MakeResultErr[bool, string](fmt.Sprintf("bad flag %v", s))
	}
}

func main() {
	fmt.Println(collect_all(lisette.SliceMap([]string{"on", "off", "on"}, parse_flag)))
	fmt.Println(collect_all(lisette.SliceMap([]string{"on", "maybe", "nope"}, parse_flag)))
}
