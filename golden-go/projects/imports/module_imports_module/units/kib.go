package units

func Kib(bytes int) int {
	return bytes / 1024
}
