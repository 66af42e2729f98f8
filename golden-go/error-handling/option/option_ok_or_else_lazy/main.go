package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	make_err := func() string {
		fmt.Println("building error")
		return "missing id"
	}
	id := lisette.MakeOptionSome[int](7)
	none := lisette.MakeOptionNone[int]()
	fmt.Println(lisette.OptionOkOrElse(id, make_err))
	fmt.Println(lisette.OptionOkOrElse(none, make_err))
}
