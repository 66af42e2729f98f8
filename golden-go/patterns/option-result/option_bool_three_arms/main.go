package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func answer(vote lisette.Option[bool]) string {
	if vote.Tag == lisette.OptionSome {
		if vote.SomeVal {
			return "yes"
		}
		return "no"
	}
	return "abstained"
}

func main() {
	votes := []lisette.Option[bool]{lisette.MakeOptionSome[bool](true), lisette.MakeOptionNone[bool](), lisette.MakeOptionSome[bool](false), lisette.MakeOptionSome[bool](true)}
	yes := 0
	for _, v := range votes {
		fmt.Println(answer(v))
		if answer(v) == "yes" {
			yes += 1
		}
	}
	fmt.Println("yes votes:", yes)
}
