package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func check(name string, result bool) bool {
	fmt.Println("guard", name)
	return result
}

func main() {
	v := lisette.MakeOptionSome[int](7)
	if v.Tag == lisette.OptionNone {
		if check("none", true) {
			fmt.Println("arm none")
		} else {
			fmt.Println("arm fallback")
		}
	} else {
		n := v.SomeVal
		if check("first", n > 10) {
			fmt.Println("arm first")
		} else {
			n2 := v.SomeVal
			if check("second", n2 > 5) {
				fmt.Println("arm second")
			} else if check("third", true) {
				fmt.Println("arm third")
			} else {
				fmt.Println("arm fallback")
			}
		}
	}
}
