package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Addr struct {
	Street string `validate:"required"`
	Zip    string
}

func (v Addr) String() string {
	return "Addr { street: " + lisette.FormatValue(v.Street) + ", zip: " + lisette.FormatValue(v.Zip) + " }"
}

type Plain struct {
	x int
}

func (v Plain) String() string {
	return "Plain { x: " + lisette.FormatValue(v.x) + " }"
}

func main() {
	subject := lisette.ResultOf(json.Marshal(Addr{Street: "s", Zip: "z"}))
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject2 := lisette.ResultOf(json.Marshal(Plain{x: 1}))
	if subject2.Tag == lisette.ResultOk {
		b := subject2.OkVal
		fmt.Println(string(b))
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
}
