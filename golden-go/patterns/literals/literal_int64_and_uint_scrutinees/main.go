package main

import "fmt"

func unit_name(bytes int64) string {
	switch bytes {
	case 1024:
		return "KiB"
	case 1048576:
		return "MiB"
	case 1073741824:
		return "GiB"
	default:
		return "bytes"
	}
}

func parity(n uint) string {
	subject := n % 2
	if subject == 0 {
		return "even"
	}
	return "odd"
}

func main() {
	var big int64 = 1048576
	var small int64 = 100
	var n uint = 7
	fmt.Println(unit_name(big), unit_name(small), parity(n))
}
