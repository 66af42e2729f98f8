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

func (self Either[L, R]) Flip() Either[R, L] {
	if self.Tag == EitherLeft {
		l := self.Left
		return Either[R, L]{Tag: EitherRight, Right: l}
	}
	r := self.Right
	return Either[R, L]{Tag: EitherLeft, Left: r}
}

func (self Either[L, R]) Is_left() bool {
	if self.Tag == EitherLeft {
		return true
	}
	return false
}

func main() {
	e := Either[int, string]{Tag: EitherLeft, Left: 5}
	fmt.Println(e, e.Flip(), e.Flip().Is_left())
}
