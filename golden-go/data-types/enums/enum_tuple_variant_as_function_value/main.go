package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TokenTag int

const (
	TokenNumber TokenTag = iota
	TokenWord
)

type Token struct {
	Tag    TokenTag
	Number int
	Word   string
}

func (v Token) String() string {
	switch v.Tag {
	case TokenNumber:
		return "Token.Number(" + lisette.FormatValue(v.Number) + ")"
	}
	return "Token.Word(" + lisette.FormatValue(v.Word) + ")"
}

func apply(f func(int) Token, n int) Token {
	return f(n)
}

func main() {
	make_ := func(v0 int) Token {
		return Token{Tag: TokenNumber, Number: v0}
	}
	fmt.Println(make_(7))
	fmt.Println(apply(func(v0 int) Token {
		return Token{Tag: TokenNumber, Number: v0}
	}, 8))
}
