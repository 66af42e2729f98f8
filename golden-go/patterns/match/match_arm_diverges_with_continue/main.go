package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	readings := []lisette.Option[int]{lisette.MakeOptionSome[int](12), lisette.MakeOptionNone[int](), lisette.MakeOptionSome[int](30), lisette.MakeOptionSome[int](-1), lisette.MakeOptionSome[int](8)}
	sum := 0
	for _, r := range readings {
		var value int
		if r.Tag != lisette.OptionSome {
			continue
		}
		v := r.SomeVal
		if v < 0 {
			break
		}
		v2 := r.SomeVal
		value = v2
		sum += value
		fmt.Println("added", value)
	}
	fmt.Println("sum", sum)
}
