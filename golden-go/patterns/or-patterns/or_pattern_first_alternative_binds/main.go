package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func pick(t lisette.Tuple3[int, int, int]) int {
	if t.Second == 1 {
		x := t.First
		return x
	}
	if t.First == 0 {
		x := t.Third
		return x
	}
	z := t.Third
	return z * 100
}

func main() {
	fmt.Println(pick(lisette.Tuple3[int, int, int]{First: 0, Second: 1, Third: 9}))
	fmt.Println(pick(lisette.Tuple3[int, int, int]{First: 0, Second: 5, Third: 4}))
	fmt.Println(pick(lisette.Tuple3[int, int, int]{First: 2, Second: 5, Third: 4}))
}
