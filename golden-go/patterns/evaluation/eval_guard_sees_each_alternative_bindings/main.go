package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func pick(t lisette.Tuple3[int, int, int]) string {
	if t.Second == 1 {
		x := t.First
		if x > 5 {
			return fmt.Sprintf("big %v", x)
		}
		if t.First == 0 {
			x4 := t.Third
			if x4 > 5 {
				return fmt.Sprintf("big %v", x4)
			}
			x5 := t.First
			return fmt.Sprintf("small %v", x5)
		}
		x3 := t.First
		return fmt.Sprintf("small %v", x3)
	}
	if t.First == 0 {
		x := t.Third
		if x > 5 {
			return fmt.Sprintf("big %v", x)
		}
		x2 := t.Third
		return fmt.Sprintf("small %v", x2)
	}
	return "none"
}

func main() {
	fmt.Println(pick(lisette.Tuple3[int, int, int]{First: 0, Second: 1, Third: 9}))
	fmt.Println(pick(lisette.Tuple3[int, int, int]{First: 0, Second: 1, Third: 2}))
	fmt.Println(pick(lisette.Tuple3[int, int, int]{First: 8, Second: 1, Third: 0}))
	fmt.Println(pick(lisette.Tuple3[int, int, int]{First: 3, Second: 3, Third: 3}))
}
