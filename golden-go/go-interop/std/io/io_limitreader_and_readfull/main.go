package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func read_header(r io.Reader) {
	buf := []byte{0, 0, 0, 0, 0, 0}
	subject := lisette.PartialOf(io.ReadFull(r, buf))
	switch subject.Tag {
	case lisette.PartialOk:
		n := subject.OkVal
		fmt.Println("full:", n, string(buf))
	case lisette.PartialBoth:
		n := subject.OkVal
		e := subject.ErrVal
		fmt.Println("short:", n, e == io.ErrUnexpectedEOF, string(buf[0:n:n]))
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("empty:", e == io.EOF)
	}
}

func main() {
	read_header(strings.NewReader("HEADER-and-more"))
	read_header(io.LimitReader(strings.NewReader("HEADER-and-more"), int64(3)))
	read_header(strings.NewReader(""))
}
