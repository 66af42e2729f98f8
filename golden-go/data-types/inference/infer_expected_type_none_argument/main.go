package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func describe(limit lisette.Option[int]) string {
	if limit.Tag == lisette.OptionSome {
		n := limit.SomeVal
		return fmt.Sprintf("at most %v", n)
	}
	return "unlimited"
}

func main() {
	fmt.Println(describe(lisette.MakeOptionNone[int]()))
	fmt.Println(describe(lisette.MakeOptionSome[int](5)))
}
