package main

import (
	"bytes"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	b := bytes.NewBufferString("abcdefgh")
	subject := lisette.ResultOf(b.ReadByte())
	if subject.Tag == lisette.ResultOk {
		c := subject.OkVal
		fmt.Println("first", c, fmt.Sprintf("%c", rune(c)))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	fmt.Println(string(b.Next(3)), b.Len())
	chunk := []byte{0, 0, 0}
	subject2 := lisette.PartialOf(b.Read(chunk))
	switch subject2.Tag {
	case lisette.PartialOk:
		n := subject2.OkVal
		fmt.Println("read", n, string(chunk))
	case lisette.PartialErr:
		e := subject2.ErrVal
		fmt.Println("err", e)
	case lisette.PartialBoth:
		n := subject2.OkVal
		e := subject2.ErrVal
		fmt.Println("both", n, e)
	}
	fmt.Println(b.String(), b.Len())
	b.Truncate(0)
	fmt.Println(b.Len(), lisette.ResultOf(b.ReadByte()).IsErr())
}
