package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	t := lisette.Tuple3[float64, int8, uint]{First: 1.0, Second: -2, Third: 3}
	fmt.Printf("%T %T %T\n", t.First, t.Second, t.Third)
	fmt.Println(t.First / 4.0)
}
