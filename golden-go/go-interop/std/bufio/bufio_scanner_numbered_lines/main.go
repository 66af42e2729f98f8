package main

import (
	"bufio"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	input := "first line\n\n  indented\r\nlast without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n += 1
		fmt.Printf("%2d: %q (%d bytes)\n", n, sc.Text(), len(sc.Bytes()))
	}
	subject := lisette.ResultOfErr(sc.Err())
	if subject.Tag == lisette.ResultOk {
		fmt.Println("lines:", n)
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
}
