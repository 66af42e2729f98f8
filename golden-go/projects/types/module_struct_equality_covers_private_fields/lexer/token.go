package lexer

import lisette "lisette.dev/prelude"

type Token struct {
	Text   string
	offset int
}

func (v Token) String() string {
	return "Token { text: " + lisette.FormatValue(v.Text) + ", offset: " + lisette.FormatValue(v.offset) + " }"
}

func At(text string, offset int) Token {
	return Token{Text: text, offset: offset}
}
