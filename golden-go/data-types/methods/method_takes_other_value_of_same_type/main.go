package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Interval struct {
	lo int
	hi int
}

func (v Interval) String() string {
	return "Interval { lo: " + lisette.FormatValue(v.lo) + ", hi: " + lisette.FormatValue(v.hi) + " }"
}

func (self Interval) Union(other Interval) Interval {
	var lo int
	if self.lo < other.lo {
		lo = self.lo
	} else {
		lo = other.lo
	}
	var hi int
	if self.hi > other.hi {
		hi = self.hi
	} else {
		hi = other.hi
	}
	return Interval{lo: lo, hi: hi}
}

func Interval_make(lo, hi int) Interval {
	return Interval{lo: lo, hi: hi}
}

func main() {
	a := Interval_make(3, 7)
	b := Interval_make(5, 12)
	fmt.Println(a.Union(b), b.Union(a) == a.Union(b))
}
