package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func log_line(lines []string, i int) {
	fmt.Println(lines[i])
}

func main() {
	lines := []string{"first", "second"}
	a := lisette.RecoverBlock(func() struct{} {
		log_line(lines, 0)
		return struct{}{}
	})
	b := lisette.RecoverBlock(func() struct{} {
		log_line(lines, 9)
		return struct{}{}
	})
	fmt.Println(a.IsOk())
	fmt.Println(b.IsErr())
}
