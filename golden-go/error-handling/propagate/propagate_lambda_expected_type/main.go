package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup(word string) lisette.Result[int, string] {
	if len(word) < 4 {
		return lisette.MakeResultOk[int, string](len(word))
	} else {
		return lisette.MakeResultErr[int, string]("too long")
	}
}

func run(label string, f func(string) lisette.Result[int, string]) {
	r := f(label)
	fmt.Printf("%v: %v\n", label, r)
}

func main() {
	run("cat", func(w string) lisette.Result[int, string] {
		res := lookup(w)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res.ErrVal)
		}
		n := res.OkVal
		return lisette.MakeResultOk[int, string](n * 100)
	})
	run("zebra", func(w string) lisette.Result[int, string] {
		res2 := lookup(w)
		if res2.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, string](res2.ErrVal)
		}
		n := res2.OkVal
		return lisette.MakeResultOk[int, string](n * 100)
	})
}
