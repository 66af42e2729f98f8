package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Runner struct {
	name string
	secs int
}

func (v Runner) String() string {
	return "Runner { name: " + lisette.FormatValue(v.name) + ", secs: " + lisette.FormatValue(v.secs) + " }"
}

func best_by[T any](xs []T, better func(T, T) bool) lisette.Option[T] {
	best := lisette.MakeOptionNone[T]()
	for _, x := range xs {
		if best.Tag == lisette.OptionNone {
			best = lisette.MakeOptionSome[T](x)
		} else {
			b := best.SomeVal
			if better(x, b) {
				best = lisette.MakeOptionSome[T](x)
			} else {
				best = lisette.MakeOptionSome[T](b)
			}
		}
	}
	return best
}

func main() {
	runners := []Runner{Runner{name: "ida", secs: 41}, Runner{name: "jo", secs: 38}, Runner{name: "kim", secs: 45}}
	fmt.Println(best_by(runners, func(a, b Runner) bool {
		return a.secs < b.secs
	}))
	fmt.Println(best_by([]int{4, 9, 2}, func(a, b int) bool {
		return a > b
	}))
	none := []int{}
	fmt.Println(best_by(none, func(a, b int) bool {
		return a > b
	}))
}
