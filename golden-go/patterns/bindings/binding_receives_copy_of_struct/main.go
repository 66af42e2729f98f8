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
	acct := Account{owner: "ana", balance: 100}
	var snapshot int
	balance := acct.balance
	snapshot = balance
	saved := lisette.MakeOptionSome[Account](acct)
	acct.balance = 250
	if saved.Tag == lisette.OptionSome {
		old := saved.SomeVal
		fmt.Println(old.balance, snapshot, acct.balance)
	} else {
		fmt.Println("nothing")
	}
}
