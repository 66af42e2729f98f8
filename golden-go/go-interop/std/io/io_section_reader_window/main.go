package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	src := strings.NewReader("0123456789ABCDEF")
	section := io.NewSectionReader(src, int64(4), int64(6))
	fmt.Println("size:", section.Size())
	subject := lisette.PartialOf(io.ReadAll(section))
	switch subject.Tag {
	case lisette.PartialOk:
		data := subject.OkVal
		fmt.Println("window:", string(data))
	case lisette.PartialBoth:
		e := subject.ErrVal
		fmt.Println("both", e)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("err", e)
	}
	two := []byte{0, 0}
	subject2 := lisette.PartialOf(section.ReadAt(two, int64(3)))
	switch subject2.Tag {
	case lisette.PartialOk:
		n := subject2.OkVal
		fmt.Println("at 3:", n, string(two))
	case lisette.PartialBoth:
		n := subject2.OkVal
		e := subject2.ErrVal
		fmt.Println("both", n, e)
	case lisette.PartialErr:
		e := subject2.ErrVal
		fmt.Println("err", e)
	}
}
