package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
	"strings"
)

type TokenTag int

const (
	TokenNumber TokenTag = iota
	TokenIdent
	TokenOp
	TokenLParen
	TokenRParen
	TokenUnknown
)

type Token struct {
	Tag     TokenTag
	Number  int
	Ident   string
	Op      string
	Unknown string
}

func (v Token) String() string {
	switch v.Tag {
	case TokenNumber:
		return "Token.Number(" + lisette.FormatValue(v.Number) + ")"
	case TokenIdent:
		return "Token.Ident(" + lisette.FormatValue(v.Ident) + ")"
	case TokenOp:
		return "Token.Op(" + lisette.FormatValue(v.Op) + ")"
	case TokenLParen:
		return "Token.LParen"
	case TokenRParen:
		return "Token.RParen"
	}
	return "Token.Unknown(" + lisette.FormatValue(v.Unknown) + ")"
}

func is_digit(c rune) bool {
	return c >= '0' && c <= '9'
}

func is_letter(c rune) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c > 127
}

func is_operator(c rune) bool {
	ops := []rune{'+', '-', '*', '/', '='}
	return slices.Contains(ops, c)
}

func flush(tokens []Token, pending []rune, numeric bool) []Token {
	if len(pending) == 0 {
		return tokens
	}
	if numeric {
		value := lisette.SliceFold(pending, 0, func(acc int, d rune) int {
			return acc*10 + int((d - '0'))
		})
		tokens = append(tokens, Token{Tag: TokenNumber, Number: value})
	} else {
		tokens = append(tokens, Token{Tag: TokenIdent, Ident: string(pending)})
	}
	return tokens
}

func tokenize(src string) []Token {
	tokens := []Token{}
	pending := []rune{}
	numeric := false
	for _, c := range src {
		in_word := !(len(pending) == 0) && !numeric && (is_letter(c) || is_digit(c))
		in_number := !(len(pending) == 0) && numeric && is_digit(c)
		if in_word || in_number {
			pending = append(pending, c)
			continue
		}
		tokens = flush(tokens, pending, numeric)
		pending = []rune{}
		if is_digit(c) {
			numeric = true
			pending = append(pending, c)
		} else if is_letter(c) {
			numeric = false
			pending = append(pending, c)
		} else if c == '(' {
			tokens = append(tokens, Token{Tag: TokenLParen})
		} else if c == ')' {
			tokens = append(tokens, Token{Tag: TokenRParen})
		} else if is_operator(c) {
			tokens = append(tokens, Token{Tag: TokenOp, Op: fmt.Sprintf("%c", c)})
		} else if c != ' ' {
			tokens = append(tokens, Token{Tag: TokenUnknown, Unknown: fmt.Sprintf("%c", c)})
		}
	}
	return flush(tokens, pending, numeric)
}

func describe(t Token) string {
	switch t.Tag {
	case TokenNumber:
		n := t.Number
		return fmt.Sprintf("NUM %v", n)
	case TokenIdent:
		name := t.Ident
		return fmt.Sprintf("ID %v", name)
	case TokenOp:
		op := t.Op
		return fmt.Sprintf("OP %v", op)
	case TokenLParen:
		return "LPAREN"
	case TokenRParen:
		return "RPAREN"
	case TokenUnknown:
		s := t.Unknown
		return fmt.Sprintf("?? %v", s)
	}
	panic("unreachable")
}

func number_value(t Token) lisette.Option[int] {
	if t.Tag == TokenNumber {
		n := t.Number
		return lisette.MakeOptionSome[int](n)
	}
	return lisette.MakeOptionNone[int]()
}

func is_unknown(t Token) bool {
	if t.Tag == TokenUnknown {
		return true
	}
	return false
}

func depth_change(t Token) int {
	switch t.Tag {
	case TokenLParen:
		return 1
	case TokenRParen:
		return -1
	default:
		return 0
	}
}

func main() {
	src := "total = (café_2 + 42) * 3 - n # 7"
	tokens := tokenize(src)
	fmt.Println(tokens)
	for i, t := range tokens {
		fmt.Printf("%v: %v\n", i, describe(t))
	}
	values := lisette.SliceMap(lisette.SliceFilter(lisette.SliceMap(tokens, number_value), func(v lisette.Option[int]) bool {
		return v.IsSome()
	}), func(v lisette.Option[int]) int {
		return v.UnwrapOr(0)
	})
	sum := lisette.SliceFold(values, 0, func(acc, v int) int {
		return acc + v
	})
	fmt.Printf("numbers %v sum %v\n", values, sum)
	names := []string{}
	for _, t := range tokens {
		if t.Tag == TokenIdent {
			name := t.Ident
			names = append(names, name)
		}
	}
	listed := strings.Join(names, ", ")
	fmt.Printf("identifiers: %v\n", listed)
	balance := lisette.SliceFold(tokens, 0, func(acc int, t Token) int {
		return acc + depth_change(t)
	})
	fmt.Printf("balanced: %v, unknown: %v\n", balance == 0, slices.ContainsFunc(tokens, is_unknown))
	runes := 0
	for range src {
		runes += 1
	}
	fmt.Printf("%v bytes, %v runes, %v tokens\n", len(src), runes, len(tokens))
	short := tokenize("x1+y2")
	fmt.Println(strings.Join(lisette.SliceMap(short, describe), " | "))
	fmt.Println(len(tokenize("  ")) == 0)
}
