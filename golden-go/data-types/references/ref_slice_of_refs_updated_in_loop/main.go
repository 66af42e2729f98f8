package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Account struct {
	owner   string
	balance int
}

func (v Account) String() string {
	return "Account { owner: " + lisette.FormatValue(v.owner) + ", balance: " + lisette.FormatValue(v.balance) + " }"
}

func main() {
	a := Account{owner: "ana", balance: 100}
	b := Account{owner: "ben", balance: 250}
	accounts := []*Account{&a, &b}
	for _, acct := range accounts {
		acct.balance += acct.balance / 10
	}
	fmt.Println(a)
	fmt.Println(b)
}
