package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ColorTag int

const (
	ColorRed ColorTag = iota
	ColorGreen
	ColorBlue
)

type Color struct {
	Tag ColorTag
}

func (v Color) String() string {
	switch v.Tag {
	case ColorRed:
		return "Color.Red"
	case ColorGreen:
		return "Color.Green"
	}
	return "Color.Blue"
}

func parse_color(s string) lisette.Option[Color] {
	if s == "r" {
		return lisette.MakeOptionSome[Color](Color{Tag: ColorRed})
	} else if s == "g" {
		return lisette.MakeOptionSome[Color](Color{Tag: ColorGreen})
	} else if s == "b" {
		return lisette.MakeOptionSome[Color](Color{Tag: ColorBlue})
	} else {
		return lisette.MakeOptionNone[Color]()
	}
}

func main() {
	fmt.Println(parse_color("g"), parse_color("x"))
	fmt.Println(parse_color("b") == lisette.MakeOptionSome[Color](Color{Tag: ColorBlue}))
}
