package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	readings := []lisette.Option[int]{lisette.MakeOptionSome[int](12), lisette.MakeOptionNone[int](), lisette.MakeOptionSome[int](7), lisette.MakeOptionNone[int]()}
	sum := 0
	missing := 0
	for _, r := range readings {
		if r.Tag == lisette.OptionSome {
			v := r.SomeVal
			sum += v
		} else {
			missing += 1
		}
	}
	fmt.Println(readings)
	fmt.Println(sum, missing)
}
