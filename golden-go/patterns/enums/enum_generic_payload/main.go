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

func parse_port(s string) Either[int, string] {
	switch s {
	case "http":
		return Either[int, string]{Tag: EitherLeft, Left: 80}
	case "https":
		return Either[int, string]{Tag: EitherLeft, Left: 443}
	default:
		other := s
		return Either[int, string]{Tag: EitherRight, Right: fmt.Sprintf("unknown scheme %v", other)}
	}
}

func main() {
	schemes := []string{"https", "gopher", "http"}
	for _, s := range schemes {
		subject := parse_port(s)
		if subject.Tag == EitherLeft {
			port := subject.Left
			fmt.Println("port", port)
		} else {
			msg := subject.Right
			fmt.Println("error:", msg)
		}
	}
}
