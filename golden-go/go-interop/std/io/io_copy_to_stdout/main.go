package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"os"
	"strings"
)

func main() {
	src := strings.NewReader("copied line one\ncopied line two\n")
	subject := lisette.PartialOf(io.Copy(os.Stdout, src))
	switch subject.Tag {
	case lisette.PartialOk:
		n := subject.OkVal
		fmt.Println("bytes:", n)
	case lisette.PartialBoth:
		n := subject.OkVal
		e := subject.ErrVal
		fmt.Println("partial:", n, e)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
}
