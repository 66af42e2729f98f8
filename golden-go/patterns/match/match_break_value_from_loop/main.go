package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	queue := []lisette.Option[int]{lisette.MakeOptionSome[int](3), lisette.MakeOptionSome[int](8), lisette.MakeOptionNone[int](), lisette.MakeOptionSome[int](1)}
	i := 0
	var first_big int
	for {
		subject := lisette.SliceGet(queue, i)
		if subject.Tag != lisette.OptionSome {
			first_big = -1
			break
		}
		if subject.SomeVal.Tag == lisette.OptionSome {
			v := subject.SomeVal.SomeVal
			if v > 5 {
				first_big = v
				break
			}
			i += 1
		} else {
			i += 1
		}
	}
	fmt.Println(first_big, i)
}
