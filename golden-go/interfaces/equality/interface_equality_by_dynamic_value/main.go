package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Coin interface {
	Cents() int
}

type Dime struct{}

func (v Dime) String() string {
	return "Dime {}"
}

type Token struct {
	value int
}

func (v Token) String() string {
	return "Token { value: " + lisette.FormatValue(v.value) + " }"
}

func (self Dime) Cents() int {
	return 10
}

func (self Token) Cents() int {
	return self.value
}

func main() {
	var a Coin = Token{value: 5}
	var b Coin = Token{value: 5}
	var c Coin = Token{value: 7}
	var d Coin = Dime{}
	var e Coin = Dime{}
	fmt.Println(a == b, a == c, a != c, d == e)
}
