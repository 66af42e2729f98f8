package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func read(label string, value lisette.Option[int]) lisette.Option[int] {
	fmt.Printf("read %v\n", label)
	return value
}

func area(w, h int) int {
	return w * h
}

func room_area(w, h lisette.Option[int]) lisette.Option[int] {
	opt := read("width", w)
	if opt.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[int]()
	}
	arg := opt.SomeVal
	opt2 := read("height", h)
	if opt2.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[int]()
	}
	return lisette.MakeOptionSome[int](area(arg, opt2.SomeVal))
}

func main() {
	fmt.Println(room_area(lisette.MakeOptionSome[int](3), lisette.MakeOptionSome[int](4)))
	fmt.Println(room_area(lisette.MakeOptionNone[int](), lisette.MakeOptionSome[int](4)))
	fmt.Println(room_area(lisette.MakeOptionSome[int](3), lisette.MakeOptionNone[int]()))
}
