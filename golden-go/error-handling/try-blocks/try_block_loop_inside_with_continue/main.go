package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func weight(item string) lisette.Result[int, string] {
	switch item {
	case "box":
		return lisette.MakeResultOk[int, string](5)
	case "bag":
		return lisette.MakeResultOk[int, string](2)
	case "note":
		return lisette.MakeResultOk[int, string](0)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("unknown item %v", item))
	}
}

func total(items []string) lisette.Result[int, string] {
	return func() lisette.Result[int, string] {
		sum := 0
		for _, it := range items {
			res := weight(it)
			if res.Tag != lisette.ResultOk {
				return lisette.MakeResultErr[int, string](res.ErrVal)
			}
			w := res.OkVal
			if w == 0 {
				continue
			}
			fmt.Printf("%v: %v\n", it, w)
			sum += w
		}
		return lisette.MakeResultOk[int, string](sum)
	}()
}

func main() {
	fmt.Println(total([]string{"box", "note", "bag"}))
	fmt.Println(total([]string{"bag", "crate"}))
}
