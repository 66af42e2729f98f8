package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Version struct {
	F0 int
	F1 int
	F2 int
}

func (v Version) String() string {
	return "Version(" + lisette.FormatValue(v.F0) + ", " + lisette.FormatValue(v.F1) + ", " + lisette.FormatValue(v.F2) + ")"
}

func is_stable(v Version) bool {
	if v.F0 == 0 {
		return false
	}
	return true
}

func main() {
	subject := Version{F0: 2, F1: 4, F2: 1}
	major := subject.F0
	fmt.Println(major)
	fmt.Println(is_stable(Version{F0: 0, F1: 9, F2: 3}), is_stable(Version{F0: 1, F1: 0, F2: 0}))
}
