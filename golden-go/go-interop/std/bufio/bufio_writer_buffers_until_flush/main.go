package main

import (
	"bufio"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	w.WriteString("buffered one\n")
	fmt.Fprintf(w, "buffered %s\n", "two")
	pending := w.Buffered()
	fmt.Println("direct line")
	subject := lisette.ResultOfErr(w.Flush())
	if subject.Tag == lisette.ResultOk {
		fmt.Println("flushed", pending, "bytes")
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	fmt.Println(w.Buffered(), w.Available() == w.Size())
}
