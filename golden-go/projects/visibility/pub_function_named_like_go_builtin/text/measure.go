package text

func Len(s string) int {
	return count(s)
}

func count(s string) int {
	n := 0
	for range s {
		n += 1
	}
	return n
}
