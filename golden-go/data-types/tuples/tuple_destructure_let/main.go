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
	pair := lisette.Tuple2[string, int]{First: "width", Second: 80}
	key := pair.First
	value := pair.Second
	fmt.Printf("%v=%v\n", key, value)
}
