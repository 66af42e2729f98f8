package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	reading := lisette.MakeOptionSome[int](21)
	if reading.Tag == lisette.OptionSome {
		t := reading.SomeVal
		fmt.Println("temp", t)
	} else {
		fmt.Println("no reading")
	}
	total := 5 + 6
	fmt.Println(total)
}
