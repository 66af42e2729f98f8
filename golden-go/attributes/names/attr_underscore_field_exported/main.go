package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Doc struct {
	X_rev int    `json:"_rev"`
	Body  string `json:"body"`
}

func (v Doc) String() string {
	return "Doc { _rev: " + lisette.FormatValue(v.X_rev) + ", body: " + lisette.FormatValue(v.Body) + " }"
}

func main() {
	d := Doc{X_rev: 3, Body: "hi"}
	fmt.Println(d, d.X_rev)
}
