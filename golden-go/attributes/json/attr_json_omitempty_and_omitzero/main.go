package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Opts struct {
	A int                 `json:"a,omitempty"`
	B string              `json:"b,omitempty"`
	C []int               `json:"c,omitempty"`
	D lisette.Option[int] `json:"d,omitempty,omitzero"`
	E bool                `json:"e,omitempty"`
}

func (v Opts) String() string {
	return "Opts { a: " + lisette.FormatValue(v.A) + ", b: " + lisette.FormatValue(v.B) + ", c: " + lisette.FormatValue(v.C) + ", d: " + lisette.FormatValue(v.D) + ", e: " + lisette.FormatValue(v.E) + " }"
}

func show(o Opts) {
	subject := lisette.ResultOf(json.Marshal(o))
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}

func main() {
	show(Opts{A: 0, B: "", C: []int{}, D: lisette.MakeOptionNone[int](), E: false})
	show(Opts{A: 0, B: "", C: []int{}, D: lisette.MakeOptionSome[int](0), E: false})
	show(Opts{A: 1, B: "x", C: []int{2}, D: lisette.MakeOptionSome[int](3), E: true})
}
