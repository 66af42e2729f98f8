package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
)

func main() {
	subject := lisette.MakeTuple2(io.Pipe())
	r := subject.First
	w := subject.Second
	go io.WriteString(w, "ping")
	buf := []byte{0, 0, 0, 0}
	subject2 := lisette.PartialOf(io.ReadFull(r, buf))
	switch subject2.Tag {
	case lisette.PartialOk:
		n := subject2.OkVal
		fmt.Println("read", n, string(buf))
	case lisette.PartialBoth:
		n := subject2.OkVal
		e := subject2.ErrVal
		fmt.Println("short", n, e)
	case lisette.PartialErr:
		e := subject2.ErrVal
		fmt.Println("error", e)
	}
}
