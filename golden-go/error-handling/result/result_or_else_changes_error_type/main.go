package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	bad := lisette.MakeResultErr[int, string]("bad")
	good := lisette.MakeResultOk[int, string](5)
	to_code := func(e string) lisette.Result[int, int] {
		return lisette.MakeResultErr[int, int](len(e))
	}
	fmt.Println(lisette.ResultOrElse(bad, to_code))
	fmt.Println(lisette.ResultOrElse(good, to_code))
}
