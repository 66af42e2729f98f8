package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	ids := []int{3, 8}
	wrapped := lisette.SliceMap(ids, lisette.MakeOptionSome[int])
	fmt.Println(wrapped)
}
