package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TokenTag int

const (
	TokenPlus TokenTag = iota
	TokenMinus
	TokenEnd
)

type Token struct {
	Tag   TokenTag
	Plus  int
	Minus int
}

func (v Token) String() string {
	switch v.Tag {
	case TokenPlus:
		return "Token.Plus(" + lisette.FormatValue(v.Plus) + ")"
	case TokenMinus:
		return "Token.Minus(" + lisette.FormatValue(v.Minus) + ")"
	}
	return "Token.End"
}

func token_at(tokens []Token, i int) Token {
	subject := lisette.SliceGet(tokens, i)
	if subject.Tag == lisette.OptionSome {
		t := subject.SomeVal
		return t
	}
	return Token{Tag: TokenEnd}
}

func main() {
	tokens := []Token{Token{Tag: TokenPlus, Plus: 5}, Token{Tag: TokenMinus, Minus: 2}, Token{Tag: TokenPlus, Plus: 10}, Token{Tag: TokenEnd}, Token{Tag: TokenPlus, Plus: 99}}
	i := 0
	magnitude := 0
loop:
	for {
		subject2 := token_at(tokens, i)
		switch subject2.Tag {
		case TokenPlus:
			n := subject2.Plus
			magnitude += n
			i += 1
		case TokenMinus:
			n := subject2.Minus
			magnitude += n
			i += 1
		default:
			break loop
		}
	}
	fmt.Println("read", i, "tokens, magnitude", magnitude)
}
