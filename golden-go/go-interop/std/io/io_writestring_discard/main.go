package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	subject := lisette.PartialOf(io.WriteString(io.Discard, "thrown away"))
	switch subject.Tag {
	case lisette.PartialOk:
		n := subject.OkVal
		fmt.Println("discarded", n)
	case lisette.PartialBoth:
		e := subject.ErrVal
		fmt.Println(e)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println(e)
	}
	a := strings.Builder{}
	b := strings.Builder{}
	both := io.MultiWriter(&a, &b, io.Discard)
	subject2 := lisette.PartialOf(io.WriteString(both, "twice"))
	switch subject2.Tag {
	case lisette.PartialOk:
		n := subject2.OkVal
		fmt.Println("wrote", n)
	case lisette.PartialBoth:
		e := subject2.ErrVal
		fmt.Println(e)
	case lisette.PartialErr:
		e := subject2.ErrVal
		fmt.Println(e)
	}
	fmt.Println(a.String(), b.String())
}
