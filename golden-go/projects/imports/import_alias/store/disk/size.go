package disk

func Blocks(bytes int) int {
	return (bytes + 4095) / 4096
}
