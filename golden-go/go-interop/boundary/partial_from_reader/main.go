package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	buf := []byte{0, 0, 0, 0}
	r := strings.NewReader("abcdef")
	for i := 0; i < 3; i++ {
		subject := lisette.PartialOf(io.ReadFull(r, buf))
		switch subject.Tag {
		case lisette.PartialOk:
			n := subject.OkVal
			fmt.Println("full", n, string(buf[0:n:n]))
		case lisette.PartialBoth:
			n := subject.OkVal
			e := subject.ErrVal
			fmt.Println("short", n, string(buf[0:n:n]), e)
		case lisette.PartialErr:
			e := subject.ErrVal
			fmt.Println("nothing:", e)
		}
	}
}
