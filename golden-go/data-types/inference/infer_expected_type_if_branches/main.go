package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	enabled := false
	var timeout lisette.Option[int]
	if enabled {
		timeout = lisette.MakeOptionSome[int](30)
	} else {
		timeout = lisette.MakeOptionNone[int]()
	}
	var ratio float64
	if enabled {
		ratio = 1.0
	} else {
		ratio = 0.5
	}
	fmt.Println(timeout, ratio)
}
