package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	lat := lisette.MakeOptionSome[float64](48.5)
	lon := lisette.MakeOptionSome[float64](2.25)
	none := lisette.MakeOptionNone[float64]()
	fmt.Println(lisette.OptionZip(lat, lon))
	fmt.Println(lisette.OptionZip(lat, none))
	fmt.Println(lisette.OptionZip(none, lon))
	fmt.Println(lisette.OptionZip(lisette.MakeOptionSome[string]("x"), lisette.MakeOptionSome[int](1)))
}
