package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type AmountTag int

const (
	AmountCredit AmountTag = iota
	AmountDebit
	AmountVoid
)

type Amount struct {
	Tag    AmountTag
	Credit int
	Debit  int
}

func (v Amount) String() string {
	switch v.Tag {
	case AmountCredit:
		return "Amount.Credit(" + lisette.FormatValue(v.Credit) + ")"
	case AmountDebit:
		return "Amount.Debit(" + lisette.FormatValue(v.Debit) + ")"
	}
	return "Amount.Void"
}

func magnitude(a Amount) int {
	var n int
	switch a.Tag {
	case AmountCredit:
		n = a.Credit
	case AmountDebit:
		n = a.Debit
	default:
		return 0
	}
	return n
}

func main() {
	fmt.Println(magnitude(Amount{Tag: AmountCredit, Credit: 40}), magnitude(Amount{Tag: AmountDebit, Debit: 15}), magnitude(Amount{Tag: AmountVoid}))
}
