package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TokenTag int

const (
	TokenEof TokenTag = iota
	TokenNumber
	TokenIdent
)

type Token struct {
	Tag    TokenTag
	Number int
	Name   string
	Quoted bool
}

func (v Token) String() string {
	switch v.Tag {
	case TokenEof:
		return "Token.Eof"
	case TokenNumber:
		return "Token.Number(" + lisette.FormatValue(v.Number) + ")"
	}
	return "Token.Ident { name: " + lisette.FormatValue(v.Name) + ", quoted: " + lisette.FormatValue(v.Quoted) + " }"
}

func show(t Token) string {
	switch t.Tag {
	case TokenEof:
		return "<eof>"
	case TokenNumber:
		n := t.Number
		return fmt.Sprintf("number %v", n)
	case TokenIdent:
		if t.Quoted {
			name := t.Name
			return fmt.Sprintf("'%v'", name)
		}
		name := t.Name
		return name
	}
	panic("unreachable")
}

func main() {
	tokens := []Token{Token{Tag: TokenIdent, Name: "x", Quoted: false}, Token{Tag: TokenNumber, Number: 42}, Token{Tag: TokenIdent, Name: "y z", Quoted: true}, Token{Tag: TokenEof}}
	for _, t := range tokens {
		fmt.Println(show(t))
	}
}
