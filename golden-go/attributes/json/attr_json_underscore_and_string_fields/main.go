package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Doc struct {
	X_rev   int    `json:"_rev"`
	String_ string `json:"string"`
}

func (v Doc) String() string {
	return "Doc { _rev: " + lisette.FormatValue(v.X_rev) + ", string: " + lisette.FormatValue(v.String_) + " }"
}

func main() {
	d := Doc{X_rev: 2, String_: "s"}
	subject := lisette.ResultOf(json.Marshal(d))
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
		back := Doc{X_rev: 0, String_: ""}
		subject2 := lisette.ResultOfErr(json.Unmarshal(b, &back))
		if subject2.Tag == lisette.ResultOk {
			fmt.Println(back)
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
