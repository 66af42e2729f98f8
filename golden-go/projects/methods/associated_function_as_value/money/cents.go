package money

import lisette "lisette.dev/prelude"

type Cents struct {
	Amount int
}

func (v Cents) String() string {
	return "Cents { amount: " + lisette.FormatValue(v.Amount) + " }"
}

func Cents_Of_euros(e int) Cents {
	return Cents{Amount: e * 100}
}
