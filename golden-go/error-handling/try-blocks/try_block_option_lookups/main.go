package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	stock := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "apples", Second: 12}, lisette.Tuple2[string, int]{First: "pears", Second: 4}})
	both := func() lisette.Option[int] {
		opt := lisette.MapGet(stock, "apples")
		if opt.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		arg := opt.SomeVal
		opt2 := lisette.MapGet(stock, "pears")
		if opt2.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		return lisette.MakeOptionSome[int](arg + opt2.SomeVal)
	}()
	missing := func() lisette.Option[int] {
		opt3 := lisette.MapGet(stock, "apples")
		if opt3.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		arg2 := opt3.SomeVal
		opt4 := lisette.MapGet(stock, "plums")
		if opt4.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		return lisette.MakeOptionSome[int](arg2 + opt4.SomeVal)
	}()
	fmt.Println(both)
	fmt.Println(missing)
}
