package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Code struct {
	Code  int `b:"2" a:"1"`
	Other int
}

func (v Code) String() string {
	return "Code { code: " + lisette.FormatValue(v.Code) + ", other: " + lisette.FormatValue(v.Other) + " }"
}

func main() {
	c := Code{Code: 7, Other: 8}
	fmt.Println(c.Code * c.Other)
}
