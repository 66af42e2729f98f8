package library

import lisette "lisette.dev/prelude"

func Borrow(title string, days int) Loan {
	return Loan{Title: title, Days: days, fee_per_day: 20}
}

func Total(loans []Loan) int {
	return lisette.SliceFold(loans, 0, func(acc int, l Loan) int {
		return acc + l.Fee()
	})
}
