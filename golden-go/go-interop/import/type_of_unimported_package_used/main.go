package main

import (
	"bufio"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond\n"))
	subject := lisette.PartialOf(r.ReadString(byte(10)))
	switch subject.Tag {
	case lisette.PartialOk:
		line := subject.OkVal
		fmt.Print("read: ", line)
	case lisette.PartialBoth:
		line := subject.OkVal
		e := subject.ErrVal
		fmt.Println("partial:", line, e)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
}
