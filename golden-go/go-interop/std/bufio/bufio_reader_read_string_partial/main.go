package main

import (
	"bufio"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
loop:
	for {
		subject := lisette.PartialOf(r.ReadString(byte('\n')))
		switch subject.Tag {
		case lisette.PartialOk:
			line := subject.OkVal
			fmt.Printf("line %q\n", line)
		case lisette.PartialBoth:
			rest := subject.OkVal
			e := subject.ErrVal
			fmt.Printf("last %q with %v\n", rest, e)
			break loop
		case lisette.PartialErr:
			e := subject.ErrVal
			fmt.Println("error", e, e == io.EOF)
			break loop
		}
	}
}
