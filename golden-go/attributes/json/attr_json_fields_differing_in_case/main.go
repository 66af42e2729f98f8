package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Pair struct {
	Name  string `json:"name"`
	Name_ string `json:"Name"`
}

func (v Pair) String() string {
	return "Pair { name: " + lisette.FormatValue(v.Name) + ", Name: " + lisette.FormatValue(v.Name_) + " }"
}

func main() {
	p := Pair{Name: "low", Name_: "up"}
	fmt.Println(p)
	subject := lisette.ResultOf(json.Marshal(p))
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
