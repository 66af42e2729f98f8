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

type Bank struct {
	checking Account
	savings  Account
}

func (v Bank) String() string {
	return "Bank { checking: " + lisette.FormatValue(v.checking) + ", savings: " + lisette.FormatValue(v.savings) + " }"
}

func main() {
	bank := Bank{checking: Account{balance: 10}, savings: Account{balance: 0}}
	bank.savings.Deposit(50)
	bank.checking.Deposit(5)
	fmt.Println(bank)
}
