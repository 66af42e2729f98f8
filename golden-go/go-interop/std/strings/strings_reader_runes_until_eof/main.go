package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	r := strings.NewReader("añ€😀")
	fmt.Println(r.Len(), r.Size())
	for {
		subject := lisette.ResultOf2(r.ReadRune())
		if subject.Tag != lisette.ResultOk {
			e := subject.ErrVal
			fmt.Println(fmt.Sprintf("stop: %v", e), e == io.EOF)
			break
		}
		ch := subject.OkVal.First
		size := subject.OkVal.Second
		fmt.Printf("%c %v\n", ch, size)
	}
	fmt.Println(r.Len())
}
