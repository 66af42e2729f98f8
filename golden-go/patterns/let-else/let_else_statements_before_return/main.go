package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func checked_sqrt(n int) lisette.Result[int, string] {
	for r, more := 0, 0 <= n; more; r, more = r+1, r < n {
		if r*r == n {
			return lisette.MakeResultOk[int, string](r)
		}
	}
	return lisette.MakeResultErr[int, string](fmt.Sprintf("%v is not a perfect square", n))
}

func side(area int) int {
	subject := checked_sqrt(area)
	if subject.Tag != lisette.ResultOk {
		fallback := -1
		fmt.Println("cannot compute side of", area)
		return fallback
	}
	s := subject.OkVal
	return s
}

func main() {
	fmt.Println(side(49))
	fmt.Println(side(50))
}
