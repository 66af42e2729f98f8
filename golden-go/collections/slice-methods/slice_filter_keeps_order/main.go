package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	temps := []int{18, 25, 31, 22, 35}
	hot := lisette.SliceFilter(temps, func(t int) bool {
		return t > 24
	})
	fmt.Println(hot, temps)
}
