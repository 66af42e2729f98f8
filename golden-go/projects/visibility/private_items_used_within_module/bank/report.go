package bank

func Balance() int {
	entries := []Entry{entry(100, "salary"), entry(-30, "food"), entry(-5, "bus")}
	sum := 0
	for _, e := range entries {
		sum += e.Signed()
	}
	return sum
}

func Memos() string {
	e := entry(1, "tip")
	return e.memo
}
