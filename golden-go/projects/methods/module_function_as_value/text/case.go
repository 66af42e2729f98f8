package text

func Shout(s string) string {
	return s + "!"
}

func Size(s string) int {
	return len(s)
}
