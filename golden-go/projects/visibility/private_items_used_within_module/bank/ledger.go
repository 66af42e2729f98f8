package bank

import lisette "lisette.dev/prelude"

type Entry struct {
	amount int
	memo   string
}

func (v Entry) String() string {
	return "Entry { amount: " + lisette.FormatValue(v.amount) + ", memo: " + lisette.FormatValue(v.memo) + " }"
}

func entry(amount int, memo string) Entry {
	return Entry{amount: amount, memo: memo}
}

func (self Entry) Signed() int {
	return self.amount
}
