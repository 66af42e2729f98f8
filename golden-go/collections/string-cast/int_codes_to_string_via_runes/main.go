package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	codes := []int{72, 105, 33}
	runes := lisette.SliceMap(codes, func(c int) rune {
		return rune(c)
	})
	fmt.Println(string(runes))
}
