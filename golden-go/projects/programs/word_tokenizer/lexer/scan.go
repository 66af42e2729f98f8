package lexer

import (
	lisette "lisette.dev/prelude"
	"strings"
)

func classify(w string) Token {
	digits := true
	n := 0
	for _, r := range w {
		if r >= '0' && r <= '9' {
			n = n*10 + (int((r - '0')))
		} else {
			digits = false
		}
	}
	first := lisette.StringRuneAt(w, 0)
	if digits {
		return Token{Tag: TokenNumber, Number: n}
	} else if first >= 'a' && first <= 'z' {
		return Token{Tag: TokenIdent, Ident: w}
	} else {
		return Token{Tag: TokenSymbol, Symbol: w}
	}
}

func Scan(src string) []Token {
	out := []Token{}
	for _, w := range strings.Split(src, " ") {
		if len(w) == 0 {
			continue
		}
		out = append(out, classify(w))
	}
	return out
}
