package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func to_int(s string) lisette.Result[int, string] {
	switch s {
	case "80":
		return lisette.MakeResultOk[int, string](80)
	case "24":
		return lisette.MakeResultOk[int, string](24)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a number: %v", s))
	}
}

func size(config map[string]string) lisette.Result[int, string] {
	return func() lisette.Result[int, string] {
		res := to_int(lisette.MapGet(config, "width").UnwrapOr("0"))
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		w := res.OkVal
		depth := func() lisette.Option[int] {
			opt := lisette.MapGet(config, "depth")
			if opt.Tag != lisette.OptionSome {
				return lisette.MakeOptionNone[int]()
			}
			return lisette.MakeOptionSome[int](len(opt.SomeVal))
		}()
		return lisette.MakeResultOk[int, string](w + depth.UnwrapOr(1))
	}()
}

func main() {
	a := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "width", Second: "80"}})
	b := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "width", Second: "80"}, lisette.Tuple2[string, string]{First: "depth", Second: "deep"}})
	c := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "width", Second: "x"}})
	fmt.Println(size(a))
	fmt.Println(size(b))
	fmt.Println(size(c))
}
