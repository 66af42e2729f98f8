package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	good := lisette.MakeResultOk[int, string](3)
	bad := lisette.MakeResultErr[int, string]("no")
	fmt.Println(good, bad)
	fmt.Println(good == lisette.MakeResultOk[int, string](3), bad == lisette.MakeResultOk[int, string](3))
}
