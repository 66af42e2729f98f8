package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_positive(n int) lisette.Result[int, string] {
	if n < 0 {
		return lisette.MakeResultErr[int, string](fmt.Sprintf("negative: %v", n))
	}
	return lisette.MakeResultOk[int, string](n)
}

func main() {
	inputs := []int{4, -2, 9}
	out := make(chan lisette.Tuple2[int, lisette.Result[int, string]], 3)
	for i, n := range inputs {
		go func() {
			out <- lisette.Tuple2[int, lisette.Result[int, string]]{First: i, Second: parse_positive(n)}
		}()
	}
	results := []lisette.Result[int, string]{lisette.MakeResultOk[int, string](0), lisette.MakeResultOk[int, string](0), lisette.MakeResultOk[int, string](0)}
	for i2 := 0; i2 < 3; i2++ {
		received, ok := <-out
		if ok {
			i := received.First
			r := received.Second
			results[i] = r
		}
	}
	for _, r := range results {
		if r.Tag == lisette.ResultOk {
			v := r.OkVal
			fmt.Println("ok", v)
		} else {
			e := r.ErrVal
			fmt.Println("error", e)
		}
	}
}
