package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	r := func() lisette.Result[int, string] {
		return lisette.MakeResultErr[int, string]("not ready")
	}()
	fmt.Println(r)
}
