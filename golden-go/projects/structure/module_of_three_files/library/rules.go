package library

func free_days() int {
	return 14
}

func (self Loan) Fee() int {
	if self.Days > free_days() {
		return (self.Days - free_days()) * self.fee_per_day
	} else {
		return 0
	}
}
