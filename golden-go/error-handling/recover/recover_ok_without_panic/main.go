package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func area(w, h int) int {
	return w * h
}

func main() {
	r := lisette.RecoverBlock(func() int {
		return area(6, 7)
	})
	fmt.Println(r)
	fmt.Println(r.IsOk())
}
