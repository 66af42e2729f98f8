package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Account struct {
	balance int
}

func (v Account) String() string {
	return "Account { balance: " + lisette.FormatValue(v.balance) + " }"
}

func (self *Account) Deposit(amount int) {
	self.balance += amount
}

func main() {
	acct := Account{balance: 10}
	deposit := acct.Deposit
	deposit(5)
	deposit(20)
	fmt.Println(acct.balance)
}
