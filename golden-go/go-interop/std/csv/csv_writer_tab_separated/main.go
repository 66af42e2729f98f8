package main

import (
	"encoding/csv"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
)

func main() {
	w := csv.NewWriter(os.Stdout)
	w.Comma = '\t'
	_ = w.Write([]string{"id", "label"})
	_ = w.Write([]string{"1", "has\ttab"})
	_ = w.Write([]string{"2", "plain text"})
	w.Flush()
	fmt.Println(lisette.ResultOfErr(w.Error()).IsOk())
}
