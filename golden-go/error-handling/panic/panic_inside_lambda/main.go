package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	check := func(n int) lisette.Result[int, error] {
		if n > 3 {
			panic("limit reached")
		}
		return lisette.ResultOf(fmt.Printf("ok %v\n", n))
	}
	for i := 1; i < 10; i++ {
		_ = check(i)
	}
}
