package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Token struct {
	String_ string `json:"string"`
	Kind    int    `json:"kind"`
}

func (v Token) String() string {
	return "Token { string: " + lisette.FormatValue(v.String_) + ", kind: " + lisette.FormatValue(v.Kind) + " }"
}

func main() {
	t := Token{String_: "if", Kind: 3}
	fmt.Println(t)
	fmt.Println(t.String_)
}
