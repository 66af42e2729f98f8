package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func first_two_present(xs []lisette.Option[int]) string {
	switch {
	case len(xs) == 0:
		return "nothing"
	case len(xs) == 1:
		if xs[0].Tag == lisette.OptionNone {
			return "first missing"
		}
		a := xs[0].SomeVal
		return fmt.Sprintf("only %v", a)
	case len(xs) >= 2:
		if xs[0].Tag == lisette.OptionSome {
			if xs[1].Tag == lisette.OptionSome {
				a := xs[0].SomeVal
				b := xs[1].SomeVal
				return fmt.Sprintf("both: %v", a+b)
			}
			return "second missing"
		}
		return "first missing"
	case len(xs) >= 1:
		if xs[0].Tag == lisette.OptionNone {
			return "first missing"
		}
	}
	panic("unreachable")
}

func main() {
	fmt.Println(first_two_present([]lisette.Option[int]{lisette.MakeOptionSome[int](1), lisette.MakeOptionSome[int](2), lisette.MakeOptionNone[int]()}))
	fmt.Println(first_two_present([]lisette.Option[int]{lisette.MakeOptionNone[int](), lisette.MakeOptionSome[int](2)}))
	fmt.Println(first_two_present([]lisette.Option[int]{lisette.MakeOptionSome[int](5), lisette.MakeOptionNone[int]()}))
	fmt.Println(first_two_present([]lisette.Option[int]{lisette.MakeOptionSome[int](9)}))
	fmt.Println(first_two_present([]lisette.Option[int]{}))
}
