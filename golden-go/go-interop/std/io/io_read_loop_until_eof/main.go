package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	r := strings.NewReader("abcdefghij")
	buf := []byte{0, 0, 0, 0}
	chunks := []string{}
loop:
	for {
		subject := lisette.PartialOf(r.Read(buf))
		switch subject.Tag {
		case lisette.PartialOk:
			n := subject.OkVal
			chunks = append(chunks, string(buf[0:n:n]))
		case lisette.PartialBoth:
			n := subject.OkVal
			chunks = append(chunks, string(buf[0:n:n]))
			break loop
		case lisette.PartialErr:
			e := subject.ErrVal
			if e != io.EOF {
				fmt.Println("error:", e)
			}
			break loop
		}
	}
	fmt.Println(chunks)
	fmt.Println("chunks:", len(chunks))
}
