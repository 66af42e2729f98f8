package lexer

import lisette "lisette.dev/prelude"

type TokenTag int

const (
	TokenNumber TokenTag = iota
	TokenIdent
	TokenSymbol
)

type Token struct {
	Tag    TokenTag
	Number int
	Ident  string
	Symbol string
}

func (v Token) String() string {
	switch v.Tag {
	case TokenNumber:
		return "Token.Number(" + lisette.FormatValue(v.Number) + ")"
	case TokenIdent:
		return "Token.Ident(" + lisette.FormatValue(v.Ident) + ")"
	}
	return "Token.Symbol(" + lisette.FormatValue(v.Symbol) + ")"
}
