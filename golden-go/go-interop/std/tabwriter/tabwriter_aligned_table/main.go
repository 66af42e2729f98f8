package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, byte(' '), uint(0))
	fmt.Fprintln(w, "NAME\tSIZE\tKIND")
	fmt.Fprintln(w, "main.lis\t1204\tsource")
	fmt.Fprintln(w, "lisette.toml\t88\tconfig")
	fmt.Fprintln(w, "a\t7\tother")
	subject := lisette.ResultOfErr(w.Flush())
	if subject.Tag == lisette.ResultOk {
		fmt.Println("--")
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
