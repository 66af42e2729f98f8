package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type TokenTag int

const (
	TokenNum TokenTag = iota
	TokenOp
	TokenDup
	TokenSwap
	TokenDrop
	TokenBad
)

type Token struct {
	Tag TokenTag
	Num int
	Op  string
	Bad string
}

func (v Token) String() string {
	switch v.Tag {
	case TokenNum:
		return "Token.Num(" + lisette.FormatValue(v.Num) + ")"
	case TokenOp:
		return "Token.Op(" + lisette.FormatValue(v.Op) + ")"
	case TokenDup:
		return "Token.Dup"
	case TokenSwap:
		return "Token.Swap"
	case TokenDrop:
		return "Token.Drop"
	}
	return "Token.Bad(" + lisette.FormatValue(v.Bad) + ")"
}

func parse_int(s string) lisette.Option[int] {
	value := 0
	sign := 1
	digits := 0
	first := true
	for _, c := range s {
		var d int
		switch c {
		case '-':
			if first {
				sign = -1
				first = false
				continue
			}
			return lisette.MakeOptionNone[int]()
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			d = int((c - '0'))
		default:
			return lisette.MakeOptionNone[int]()
		}
		first = false
		value = value*10 + d
		digits += 1
	}
	if digits == 0 {
		return lisette.MakeOptionNone[int]()
	} else {
		return lisette.MakeOptionSome[int](sign * value)
	}
}

func tokenize(src string) []Token {
	out := []Token{}
	for _, word := range strings.Split(src, " ") {
		var t Token
		switch word {
		case "+", "-", "*", "/":
			t = Token{Tag: TokenOp, Op: word}
		case "dup":
			t = Token{Tag: TokenDup}
		case "swap":
			t = Token{Tag: TokenSwap}
		case "drop":
			t = Token{Tag: TokenDrop}
		case "":
			continue
		default:
			w := word
			subject := parse_int(w)
			if subject.Tag == lisette.OptionSome {
				n := subject.SomeVal
				t = Token{Tag: TokenNum, Num: n}
			} else {
				t = Token{Tag: TokenBad, Bad: w}
			}
		}
		out = append(out, t)
	}
	return out
}

func prepend(x int, rest []int) []int {
	out := []int{x}
	out = append(out, rest...)
	return out
}

func apply(stack []int, t Token) lisette.Result[[]int, string] {
	switch t.Tag {
	case TokenNum:
		s := stack
		n := t.Num
		return lisette.MakeResultOk[[]int, string](prepend(n, s))
	case TokenOp:
		if len(stack) >= 2 {
			op := t.Op
			b := stack[0]
			a := stack[1]
			rest := stack[2:len(stack):len(stack)]
			var v int
			switch op {
			case "+":
				v = a + b
			case "-":
				v = a - b
			case "*":
				v = a * b
			case "/":
				if b == 0 {
					return lisette.MakeResultErr[[]int, string]("division by zero")
				}
				v = a / b
			default:
				other := op
				return lisette.MakeResultErr[[]int, string](fmt.Sprintf("unknown operator %v", other))
			}
			return lisette.MakeResultOk[[]int, string](prepend(v, rest))
		}
		op := t.Op
		return lisette.MakeResultErr[[]int, string](fmt.Sprintf("'%v' needs two operands", op))
	case TokenDup:
		if len(stack) >= 1 {
			top := stack[0]
			rest := stack[1:len(stack):len(stack)]
			return lisette.MakeResultOk[[]int, string](prepend(top, prepend(top, rest)))
		}
		other := t
		return lisette.MakeResultErr[[]int, string](fmt.Sprintf("stack underflow at %v", other))
	case TokenSwap:
		if len(stack) >= 2 {
			x := stack[0]
			y := stack[1]
			rest := stack[2:len(stack):len(stack)]
			return lisette.MakeResultOk[[]int, string](prepend(y, prepend(x, rest)))
		}
		other := t
		return lisette.MakeResultErr[[]int, string](fmt.Sprintf("stack underflow at %v", other))
	case TokenDrop:
		if len(stack) >= 1 {
			rest := stack[1:len(stack):len(stack)]
			return lisette.MakeResultOk[[]int, string](rest)
		}
		other := t
		return lisette.MakeResultErr[[]int, string](fmt.Sprintf("stack underflow at %v", other))
	case TokenBad:
		w := t.Bad
		return lisette.MakeResultErr[[]int, string](fmt.Sprintf("bad token %v", w))
	}
	panic("unreachable")
}

func run(src string) lisette.Result[int, string] {
	stack := []int{}
	for _, t := range tokenize(src) {
		res := apply(stack, t)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		stack = res.OkVal
	}
	switch {
	case len(stack) == 0:
		return lisette.MakeResultErr[int, string]("empty program")
	case len(stack) == 1:
		result := stack[0]
		return lisette.MakeResultOk[int, string](result)
	case len(stack) >= 2:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("%v values left on the stack", len(stack)))
	}
	panic("unreachable")
}

func main() {
	programs := []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 dup *", "1 2 swap -", "4 0 /", "1 +", "drop", "1 2 3", "", "7 x", "-3 -4 *", "10 3 %", "-"}
	for _, src := range programs {
		subject2 := run(src)
		if subject2.Tag == lisette.ResultOk {
			v := subject2.OkVal
			fmt.Printf("[%v] => %v\n", src, v)
		} else {
			e := subject2.ErrVal
			fmt.Printf("[%v] => error: %v\n", src, e)
		}
	}
}
