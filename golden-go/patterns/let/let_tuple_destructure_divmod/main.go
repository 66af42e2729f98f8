package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func divmod(a, b int) lisette.Tuple2[int, int] {
	return lisette.Tuple2[int, int]{First: a / b, Second: a % b}
}

func main() {
	subject := divmod(17, 5)
	q := subject.First
	r := subject.Second
	fmt.Println(q, r)
	subject2 := divmod(7384, 3600)
	hours := subject2.First
	rest := subject2.Second
	subject3 := divmod(rest, 60)
	minutes := subject3.First
	seconds := subject3.Second
	fmt.Printf("%vh %vm %vs\n", hours, minutes, seconds)
}
