package main

import (
	"bytes"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
)

func main() {
	buf := bytes.Buffer{}
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&buf, "line %d\n", i*10)
	}
	buf.WriteString("tail\n")
	fmt.Println(buf.Len())
	for {
		subject := lisette.ResultOf(buf.ReadString(byte('\n')))
		if subject.Tag != lisette.ResultOk {
			e := subject.ErrVal
			fmt.Println("end:", e == io.EOF, buf.Len())
			break
		}
		line := subject.OkVal
		fmt.Printf("got %q\n", line)
	}
}
