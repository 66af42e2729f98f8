package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
)

func main() {
	out := os.Stdout
	fmt.Fprintf(out, "%-6s|%4d|\n", "apples", 12)
	fmt.Fprintf(os.Stdout, "%-6s|%4d|\n", "kiwis", 7)
	fmt.Fprintln(out, "total", 19)
	fmt.Fprint(out, "a", "b", 1, 2, "\n")
	subject := lisette.ResultOf(fmt.Fprintf(out, "%s\n", "counted"))
	if subject.Tag == lisette.ResultOk {
		n := subject.OkVal
		fmt.Println(n)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
