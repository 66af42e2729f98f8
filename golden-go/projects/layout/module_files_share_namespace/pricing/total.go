package pricing

func With_tax(amount int) int {
	return amount + tax(amount)
}
