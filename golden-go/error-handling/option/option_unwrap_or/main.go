package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	nick := lisette.MakeOptionNone[string]()
	name := lisette.MakeOptionSome[string]("grace")
	fmt.Println(nick.UnwrapOr("anonymous"))
	fmt.Println(name.UnwrapOr("anonymous"))
	scores := []int{7, 9}
	fmt.Println(lisette.SliceGet(scores, 5).UnwrapOr(0) + lisette.SliceGet(scores, 1).UnwrapOr(0))
}
