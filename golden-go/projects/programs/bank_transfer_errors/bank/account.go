package bank

import lisette "lisette.dev/prelude"

type Account struct {
	Id    string
	cents int
}

func (v Account) String() string {
	return "Account { id: " + lisette.FormatValue(v.Id) + ", cents: " + lisette.FormatValue(v.cents) + " }"
}

type TransferErrorTag int

const (
	TransferErrorSameAccount TransferErrorTag = iota
	TransferErrorInsufficient
	TransferErrorNonPositive
)

type TransferError struct {
	Tag         TransferErrorTag
	Needed      int
	Available   int
	NonPositive int
}

func (v TransferError) String() string {
	switch v.Tag {
	case TransferErrorSameAccount:
		return "TransferError.SameAccount"
	case TransferErrorInsufficient:
		return "TransferError.Insufficient { needed: " + lisette.FormatValue(v.Needed) + ", available: " + lisette.FormatValue(v.Available) + " }"
	}
	return "TransferError.NonPositive(" + lisette.FormatValue(v.NonPositive) + ")"
}

func Account_Open(id string, cents int) Account {
	return Account{Id: id, cents: cents}
}

func (self Account) Funds() int {
	return self.cents
}

func Transfer(from, to *Account, amount int) lisette.Result[int, TransferError] {
	if amount <= 0 {
		return lisette.MakeResultErr[int, TransferError](TransferError{Tag: TransferErrorNonPositive, NonPositive: amount})
	}
	if from.Id == to.Id {
		return lisette.MakeResultErr[int, TransferError](TransferError{Tag: TransferErrorSameAccount})
	}
	if from.cents < amount {
		return lisette.MakeResultErr[int, TransferError](TransferError{Tag: TransferErrorInsufficient, Needed: amount, Available: from.cents})
	}
	from.cents -= amount
	to.cents += amount
	return lisette.MakeResultOk[int, TransferError](from.cents)
}
