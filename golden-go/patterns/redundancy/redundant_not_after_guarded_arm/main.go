package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func label(t lisette.Option[int]) string {
	if t.Tag == lisette.OptionSome {
		n := t.SomeVal
		if n > 100 {
			return "big"
		}
		n2 := t.SomeVal
		return fmt.Sprintf("small %v", n2)
	}
	return "none"
}

func main() {
	fmt.Println(label(lisette.MakeOptionSome[int](500)), label(lisette.MakeOptionSome[int](5)), label(lisette.MakeOptionNone[int]()))
}
