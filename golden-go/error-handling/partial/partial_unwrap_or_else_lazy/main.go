package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	handler := func(e string) int {
		fmt.Printf("handling %v\n", e)
		return -1
	}
	a := lisette.MakePartialOk[int, string](5)
	b := lisette.MakePartialBoth[int, string](3, "late")
	c := lisette.MakePartialErr[int, string]("gone")
	fmt.Println(a.UnwrapOrElse(handler))
	fmt.Println(b.UnwrapOrElse(handler))
	fmt.Println(c.UnwrapOrElse(handler))
}
