package main

import "fmt"

func flag_name(b byte) string {
	switch b {
	case 0x00:
		return "none"
	case 0b0000_0001:
		return "read"
	case 0o2:
		return "write"
	case 4:
		return "exec"
	case 0xff:
		return "all"
	default:
		return "mixed"
	}
}

func main() {
	flags := []byte{0, 1, 2, 4, 255, 3}
	for _, f := range flags {
		fmt.Println(f, flag_name(f))
	}
}
