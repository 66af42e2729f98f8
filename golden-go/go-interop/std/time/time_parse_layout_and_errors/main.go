package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

func show(layout, value string) {
	subject := lisette.ResultOf(time.Parse(layout, value))
	if subject.Tag == lisette.ResultOk {
		t := subject.OkVal
		fmt.Println("parsed:", t.Format(time.RFC1123))
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
		subject2 := lisette.AssertType[*time.ParseError](e)
		if subject2.Tag == lisette.OptionSome {
			pe := subject2.SomeVal
			fmt.Println("  value elem:", fmt.Sprintf("[%v]", pe.ValueElem))
		} else {
			fmt.Println("  other error")
		}
	}
}

func main() {
	show(time.DateOnly, "2024-07-04")
	show("2006-01-02 15:04", "1999-12-31 23:59")
	show(time.DateOnly, "2024-13-01")
	show(time.DateOnly, "July 4")
}
