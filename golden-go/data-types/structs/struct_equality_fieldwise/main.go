package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Version struct {
	major int
	minor int
	label string
}

func (v Version) String() string {
	return "Version { major: " + lisette.FormatValue(v.major) + ", minor: " + lisette.FormatValue(v.minor) + ", label: " + lisette.FormatValue(v.label) + " }"
}

func main() {
	a := Version{major: 1, minor: 4, label: "stable"}
	b := Version{major: 1, minor: 4, label: "stable"}
	c := Version{minor: 4, major: 1, label: "beta"}
	fmt.Println(a == b, a != b)
	fmt.Println(a == c, a != c)
}
