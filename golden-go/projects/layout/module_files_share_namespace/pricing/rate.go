package pricing

func tax(amount int) int {
	return amount / 5
}
