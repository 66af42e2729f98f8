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

func warm(c lisette.Option[Color]) bool {
	if c.Tag == lisette.OptionSome {
		if c.SomeVal.Tag == ColorRed {
			return true
		}
		return false
	}
	return false
}

func main() {
	fmt.Println(warm(lisette.MakeOptionSome[Color](Color{Tag: ColorRed})), warm(lisette.MakeOptionSome[Color](Color{Tag: ColorBlue})), warm(lisette.MakeOptionNone[Color]()))
}
