package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	r := lisette.RecoverBlock(func() int {
		total := 0
		for _, n := range []int{1, 2, 3, 4, 5, 6} {
			if n%2 == 0 {
				continue
			}
			if n > 4 {
				break
			}
			total += n
		}
		return total
	})
	fmt.Println(r)
}
