package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type EitherTag int

const (
	EitherLeft EitherTag = iota
	EitherRight
)

type Either[L, R any] struct {
	Tag   EitherTag
	Left  L
	Right R
}

func (v Either[L, R]) String() string {
	switch v.Tag {
	case EitherLeft:
		return "Either.Left(" + lisette.FormatValue(v.Left) + ")"
	}
	return "Either.Right(" + lisette.FormatValue(v.Right) + ")"
}

func parse_flag(s string) Either[bool, string] {
	if s == "on" {
		return Either[bool, string]{Tag: EitherLeft, Left: true}
	} else if s == "off" {
		return Either[bool, string]{Tag: EitherLeft, Left: false}
	} else {
		return Either[bool, string]{Tag: EitherRight, Right: "unknown flag " + s}
	}
}

func main() {
	fmt.Println(parse_flag("on"))
	fmt.Println(parse_flag("off"))
	fmt.Println(parse_flag("maybe"))
}
