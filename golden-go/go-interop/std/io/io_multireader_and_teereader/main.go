package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	parts := io.MultiReader(strings.NewReader("head|"), strings.NewReader("body|"), strings.NewReader("tail"))
	seen := strings.Builder{}
	tee := io.TeeReader(parts, &seen)
	subject := lisette.PartialOf(io.ReadAll(tee))
	switch subject.Tag {
	case lisette.PartialOk:
		data := subject.OkVal
		fmt.Println("read:", string(data))
	case lisette.PartialBoth:
		e := subject.ErrVal
		fmt.Println("both", e)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println("err", e)
	}
	fmt.Println("seen:", seen.String())
	fmt.Println("seen len:", seen.Len())
}
