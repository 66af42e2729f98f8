package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	good := lisette.MakeResultOk[int, string](3)
	bad := lisette.MakeResultErr[int, string]("timeout")
	fmt.Println(good.Ok(), good.Err())
	fmt.Println(bad.Ok(), bad.Err())
}
