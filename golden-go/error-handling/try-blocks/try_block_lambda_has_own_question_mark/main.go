package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func parse_qty(s string) lisette.Result[int, string] {
	if s == "3" {
		return lisette.MakeResultOk[int, string](3)
	} else {
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad quantity %v", s))
	}
}

func main() {
	order := func() lisette.Result[int, string] {
		second_word_len := func(s string) lisette.Option[int] {
			opt := lisette.SliceGet(strings.Split(s, " "), 1)
			if opt.Tag != lisette.OptionSome {
				return lisette.MakeOptionNone[int]()
			}
			w := opt.SomeVal
			return lisette.MakeOptionSome[int](len(w))
		}
		res := parse_qty("3")
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		qty := res.OkVal
		return lisette.MakeResultOk[int, string](qty*second_word_len("red apples").UnwrapOr(1) + second_word_len("plain").UnwrapOr(1))
	}()
	fmt.Println(order)
}
