package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	r1 := lisette.MakeResultOk[int, string](12)
	r2 := lisette.MakeResultErr[int, string]("abc")
	fallback := func(e string) int {
		fmt.Printf("recovering from %v\n", e)
		return len(e)
	}
	fmt.Println(r1.UnwrapOrElse(fallback))
	fmt.Println(r2.UnwrapOrElse(fallback))
}
