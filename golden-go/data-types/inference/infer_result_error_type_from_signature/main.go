package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func percent(part, whole int) lisette.Result[int, string] {
	if whole == 0 {
		return lisette.MakeResultErr[int, string]("empty whole")
	}
	return lisette.MakeResultOk[int, string](part * 100 / whole)
}

func main() {
	results := []lisette.Result[int, string]{percent(1, 4), percent(3, 0), percent(2, 3)}
	for _, r := range results {
		if r.Tag == lisette.ResultOk {
			p := r.OkVal
			fmt.Printf("%v%%\n", p)
		} else {
			e := r.ErrVal
			fmt.Println("error: " + e)
		}
	}
}
