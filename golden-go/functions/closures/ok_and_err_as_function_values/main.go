package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	good := lisette.SliceMap([]int{1, 2}, lisette.MakeResultOk[int, string])
	bad := lisette.SliceMap([]string{"x"}, lisette.MakeResultErr[int, string])
	fmt.Println(good, bad)
}
