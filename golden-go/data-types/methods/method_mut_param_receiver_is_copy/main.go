package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Wallet struct {
	coins int
}

func (v Wallet) String() string {
	return "Wallet { coins: " + lisette.FormatValue(v.coins) + " }"
}

func (self *Wallet) Add(n int) {
	self.coins += n
}

func with_bonus(w Wallet) Wallet {
	w.Add(10)
	return w
}

func main() {
	w := Wallet{coins: 5}
	richer := with_bonus(w)
	fmt.Println(w.coins, richer.coins)
}
