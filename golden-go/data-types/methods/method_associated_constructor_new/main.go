package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Account struct {
	owner   string
	balance int
	open    bool
}

func (v Account) String() string {
	return "Account { owner: " + lisette.FormatValue(v.owner) + ", balance: " + lisette.FormatValue(v.balance) + ", open: " + lisette.FormatValue(v.open) + " }"
}

func Account_new(owner string) Account {
	return Account{owner: owner, balance: 0, open: true}
}

func main() {
	a := Account_new("mira")
	fmt.Println(a)
}
