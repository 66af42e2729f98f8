package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type PaymentTag int

const (
	PaymentCash PaymentTag = iota
	PaymentCard
	PaymentTransfer
)

type Payment struct {
	Tag   PaymentTag
	Card0 string
	Card1 int
	Iban  string
	Days  int
}

func (v Payment) String() string {
	switch v.Tag {
	case PaymentCash:
		return "Payment.Cash"
	case PaymentCard:
		return "Payment.Card(" + lisette.FormatValue(v.Card0) + ", " + lisette.FormatValue(v.Card1) + ")"
	}
	return "Payment.Transfer { iban: " + lisette.FormatValue(v.Iban) + ", days: " + lisette.FormatValue(v.Days) + " }"
}

func settle_days(p Payment) int {
	switch p.Tag {
	case PaymentCash:
		return 0
	case PaymentCard:
		return 1
	case PaymentTransfer:
		days := p.Days
		return days
	}
	panic("unreachable")
}

func main() {
	payments := []Payment{Payment{Tag: PaymentTransfer, Iban: "DE02", Days: 3}, Payment{Tag: PaymentCash}, Payment{Tag: PaymentCard, Card0: "visa", Card1: 1234}}
	for _, p := range payments {
		fmt.Println(p, settle_days(p))
	}
}
