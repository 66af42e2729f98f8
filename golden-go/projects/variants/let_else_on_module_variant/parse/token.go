package parse

import lisette "lisette.dev/prelude"

type TokenTag int

const (
	TokenNum TokenTag = iota
	TokenWord
	TokenEnd
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
	case TokenWord:
		return "Token.Word(" + lisette.FormatValue(v.Word) + ")"
	}
	return "Token.End"
}

func First(text string) Token {
	if text == "" {
		return Token{Tag: TokenEnd}
	} else if text == "42" {
		return Token{Tag: TokenNum, Num: 42}
	} else {
		return Token{Tag: TokenWord, Word: text}
	}
}
