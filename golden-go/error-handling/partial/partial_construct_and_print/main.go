package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	a := lisette.MakePartialOk[int, string](10)
	b := lisette.MakePartialErr[int, string]("disk error")
	c := lisette.MakePartialBoth[int, string](4, "eof")
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(c)
}
