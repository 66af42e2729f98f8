package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func describe(level lisette.Option[uint8], tag lisette.Tuple2[int8, string]) string {
	var a string
	if level.Tag == lisette.OptionSome {
		switch level.SomeVal {
		case 255:
			a = "max"
		case 0:
			a = "off"
		default:
			a = "partial"
		}
	} else {
		a = "unknown"
	}
	var b string
	if tag.First == -128 {
		b = "lowest"
	} else if tag.Second == "x" {
		b = "marked"
	} else {
		b = "plain"
	}
	return fmt.Sprintf("%v/%v", a, b)
}

func main() {
	var full uint8 = 255
	var seven uint8 = 7
	var low int8 = -128
	var three int8 = 3
	fmt.Println(describe(lisette.MakeOptionSome[uint8](full), lisette.Tuple2[int8, string]{First: low, Second: "x"}))
	fmt.Println(describe(lisette.MakeOptionNone[uint8](), lisette.Tuple2[int8, string]{First: three, Second: "x"}))
	fmt.Println(describe(lisette.MakeOptionSome[uint8](seven), lisette.Tuple2[int8, string]{First: three, Second: "y"}))
}
