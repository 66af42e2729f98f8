package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	r := strings.NewReader("alpha beta gamma")
	subject := lisette.PartialOf(io.ReadAll(r))
	switch subject.Tag {
	case lisette.PartialOk:
		data := subject.OkVal
		fmt.Println("len:", len(data))
		fmt.Println(strings.ToUpper(string(data)))
	case lisette.PartialBoth:
		data := subject.OkVal
		e := subject.ErrVal
		fmt.Println("partial", len(data), e)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("error", e)
	}
	fmt.Println("remaining:", r.Len())
}
