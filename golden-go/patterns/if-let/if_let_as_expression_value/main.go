package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	nickname := lisette.MakeOptionNone[string]()
	full := "Margaret"
	var shown string
	if nickname.Tag == lisette.OptionSome {
		n := nickname.SomeVal
		shown = n
	} else {
		shown = full
	}
	fmt.Println(shown)
	bonus := lisette.MakeOptionSome[int](15)
	var extra int
	if bonus.Tag == lisette.OptionSome {
		b := bonus.SomeVal
		extra = b
	} else {
		extra = 0
	}
	pay := 100 + extra
	fmt.Println(pay)
}
