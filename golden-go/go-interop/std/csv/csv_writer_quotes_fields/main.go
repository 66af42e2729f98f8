package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	buf := bytes.Buffer{}
	w := csv.NewWriter(&buf)
	records := [][]string{[]string{"name", "comment"}, []string{"ann", "plain"}, []string{"bob", "says \"hi\""}, []string{"cy", "a,b"}, []string{"dee", "two\nlines"}, []string{"", " lead"}}
	subject := lisette.ResultOfErr(w.WriteAll(records))
	if subject.Tag == lisette.ResultOk {
		fmt.Print(buf.String())
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	fmt.Println(buf.Len())
}
