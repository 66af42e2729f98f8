package bank

import lisette "lisette.dev/prelude"

type Account struct {
	Owner   string
	Number  int
	balance int
}

func (v Account) String() string {
	return "Account { owner: " + lisette.FormatValue(v.Owner) + ", number: " + lisette.FormatValue(v.Number) + ", balance: " + lisette.FormatValue(v.balance) + " }"
}

func Open(owner string, number int) Account {
	return Account{Owner: owner, Number: number, balance: 0}
}
