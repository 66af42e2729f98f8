package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	data := "id,name\n1,\"ok\"\n2,\"bro\"ken\"\n"
	subject := lisette.ResultOf(csv.NewReader(strings.NewReader(data)).ReadAll())
	if subject.Tag == lisette.ResultOk {
		rows := subject.OkVal
		fmt.Println("rows:", len(rows))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
		subject2 := lisette.AssertType[*csv.ParseError](e)
		if subject2.Tag == lisette.OptionSome {
			pe := subject2.SomeVal
			fmt.Println("line", pe.Line, "column", pe.Column, "start", pe.StartLine)
		} else {
			fmt.Println("not a parse error")
		}
		fmt.Println(errors.Is(e, csv.ErrQuote), errors.Is(e, csv.ErrFieldCount))
	}
}
