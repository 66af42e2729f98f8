package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	age := lisette.MakeOptionSome[int](17)
	none := lisette.MakeOptionNone[int]()
	fmt.Println(age.Filter(func(a int) bool {
		return a >= 18
	}))
	fmt.Println(lisette.MakeOptionSome[int](21).Filter(func(a int) bool {
		return a >= 18
	}))
	fmt.Println(none.Filter(func(a int) bool {
		return a >= 18
	}))
}
