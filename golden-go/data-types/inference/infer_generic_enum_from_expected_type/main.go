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

func main() {
	a := Either[int, string]{Tag: EitherLeft, Left: 1}
	b := Either[int, string]{Tag: EitherRight, Right: "one"}
	both := []Either[int, string]{a, b}
	fmt.Println(both)
}
