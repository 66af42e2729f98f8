package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	pair := lisette.Tuple2[int, int]{First: 3, Second: 4}
	_width := pair.First
	height := pair.Second
	fmt.Println(_width + height)
	subject := lisette.MakeOptionSome[int](9)
	if subject.Tag == lisette.OptionSome {
		_n := subject.SomeVal
		fmt.Println(_n * 2)
	} else {
		fmt.Println("none")
	}
}
