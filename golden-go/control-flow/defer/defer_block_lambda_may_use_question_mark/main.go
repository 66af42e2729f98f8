package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_level(s string) lisette.Option[int] {
	if s == "high" {
		return lisette.MakeOptionSome[int](3)
	} else {
		return lisette.MakeOptionNone[int]()
	}
}

func main() {
	defer func() {
		level_of := func(s string) lisette.Option[int] {
			opt := parse_level(s)
			if opt.Tag != lisette.OptionSome {
				return lisette.MakeOptionNone[int]()
			}
			n := opt.SomeVal
			return lisette.MakeOptionSome[int](n * 10)
		}
		fmt.Println(level_of("high"), level_of("low"))
	}()
	fmt.Println("configured")
}
