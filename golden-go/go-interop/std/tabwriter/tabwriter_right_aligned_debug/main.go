package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	flags := uint(tabwriter.AlignRight) + uint(tabwriter.Debug)
	w := tabwriter.NewWriter(os.Stdout, 5, 0, 1, byte('.'), flags)
	fmt.Fprintf(w, "%s\t%d\t%s\t\n", "apples", 3, "$1.20")
	fmt.Fprintf(w, "%s\t%d\t%s\t\n", "kiwi", 12, "$0.35")
	fmt.Fprintf(w, "%s\t%d\t%s\t\n", "watermelon", 1, "$4.00")
	_ = w.Flush()
}
