package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	level := 1
	upgrade := lisette.MakeOptionSome[int](4)
	if upgrade.Tag == lisette.OptionSome {
		level2 := upgrade.SomeVal
		fmt.Println("inside", level2)
	} else {
		fmt.Println("else", level)
	}
	fmt.Println("after", level)
}
