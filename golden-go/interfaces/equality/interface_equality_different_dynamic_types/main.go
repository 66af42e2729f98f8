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
	var x Coin = Token{value: 10}
	var y Coin = Dime{}
	fmt.Println(x.Cents() == y.Cents(), x == y, x != y)
	purse := []Coin{Dime{}, Token{value: 10}, Dime{}}
	var target Coin = Dime{}
	fmt.Println(len(lisette.SliceFilter(purse, func(c Coin) bool {
		return c == target
	})))
}
