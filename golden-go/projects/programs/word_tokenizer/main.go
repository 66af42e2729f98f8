package main

import (
	"fmt"
	"golden/projects/programs/word_tokenizer/lexer"
)

func main() {
	toks := lexer.Scan("let total = price  * 12 + tax")
	fmt.Println(len(toks))
	idents := 0
	sum := 0
	for _, t := range toks {
		switch t.Tag {
		case lexer.TokenIdent:
			idents += 1
		case lexer.TokenNumber:
			n := t.Number
			sum += n
		case lexer.TokenSymbol:
			s := t.Symbol
			fmt.Println("symbol", s)
		}
	}
	fmt.Println(idents, sum)
	fmt.Println(toks[4], toks[5])
}
