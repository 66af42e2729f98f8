package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TokenTag int

const (
	TokenNum TokenTag = iota
	TokenWord
)

type Token struct {
	Tag  TokenTag
	Num  int
	Word string
}

func (v Token) String() string {
	switch v.Tag {
	case TokenNum:
		return "Token.Num(" + lisette.FormatValue(v.Num) + ")"
	}
	return "Token.Word(" + lisette.FormatValue(v.Word) + ")"
}

func main() {
	t := Token{Tag: TokenNum, Num: 7}
	w := Token{Tag: TokenWord, Word: "hi"}
	o := lisette.MakeOptionSome[string]("hi")
	fmt.Println(t, w, o)
}
