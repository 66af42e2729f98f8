package library

import lisette "lisette.dev/prelude"

type Loan struct {
	Title       string
	Days        int
	fee_per_day int
}

func (v Loan) String() string {
	return "Loan { title: " + lisette.FormatValue(v.Title) + ", days: " + lisette.FormatValue(v.Days) + ", fee_per_day: " + lisette.FormatValue(v.fee_per_day) + " }"
}
