package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func read_chunk(data string) lisette.Partial[int, string] {
	if len(data) > 4 {
		return lisette.MakePartialBoth[int, string](4, "truncated")
	} else {
		return lisette.MakePartialOk[int, string](len(data))
	}
}

func main() {
	_ = read_chunk("abcdef")
	_ = read_chunk("ab")
	subject := read_chunk("abcdef")
	switch subject.Tag {
	case lisette.PartialOk:
		n := subject.OkVal
		fmt.Println("read", n)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("error", e)
	case lisette.PartialBoth:
		n := subject.OkVal
		e := subject.ErrVal
		fmt.Println("read", n, "with", e)
	}
}
