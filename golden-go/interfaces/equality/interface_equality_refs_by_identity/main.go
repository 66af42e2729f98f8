package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Account interface {
	Balance() int
}

type Wallet struct {
	coins int
}

func (v Wallet) String() string {
	return "Wallet { coins: " + lisette.FormatValue(v.coins) + " }"
}

func (self Wallet) Balance() int {
	return self.coins
}

func main() {
	w1 := Wallet{coins: 3}
	w2 := Wallet{coins: 3}
	var a Account = &w1
	var b Account = &w1
	var c Account = &w2
	var v1 Account = w1
	var v2 Account = w2
	fmt.Println(a == b, a == c, v1 == v2, a == v1)
}
