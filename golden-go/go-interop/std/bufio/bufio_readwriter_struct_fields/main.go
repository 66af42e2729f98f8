package main

import (
	"bufio"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"strings"
)

func main() {
	rw := bufio.ReadWriter{Reader: lisette.Nilable(lisette.MakeOptionSome[*bufio.Reader](bufio.NewReader(strings.NewReader("ping\npong\n")))), Writer: lisette.Nilable(lisette.MakeOptionSome[*bufio.Writer](bufio.NewWriter(os.Stdout)))}
loop:
	for {
		subject := lisette.PartialOf(rw.ReadString(byte('\n')))
		switch subject.Tag {
		case lisette.PartialOk:
			line := subject.OkVal
			rw.WriteString("> " + line)
		case lisette.PartialBoth:
			break loop
		case lisette.PartialErr:
			break loop
		}
	}
	fmt.Println("before flush")
	_ = rw.Flush()
	fmt.Println(lisette.OptionNilable(rw.Reader).IsSome())
}
