package bank

import lisette "lisette.dev/prelude"

type Account struct {
	Owner string
	cents int
}

func (v Account) String() string {
	return "Account { owner: " + lisette.FormatValue(v.Owner) + ", cents: " + lisette.FormatValue(v.cents) + " }"
}

func Account_Open(owner string) Account {
	return Account{Owner: owner, cents: 0}
}

func (self *Account) Deposit(amount int) {
	self.cents += amount
}

func (self *Account) Withdraw(amount int) bool {
	if amount > self.cents {
		return false
	}
	self.cents -= amount
	return true
}

func (self Account) Funds() int {
	return self.cents
}
