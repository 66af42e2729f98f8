package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
	"strings"
)

type Release struct {
	version string
	year    int
}

func (v Release) String() string {
	return "Release { version: " + lisette.FormatValue(v.version) + ", year: " + lisette.FormatValue(v.year) + " }"
}

func main() {
	releases := []Release{Release{version: "1.18", year: 2022}, Release{version: "1.20", year: 2023}, Release{version: "1.22", year: 2024}, Release{version: "1.24", year: 2025}}
	for _, year := range []int{2024, 2021, 2026} {
		subject := lisette.MakeTuple2(slices.BinarySearchFunc(releases, year, func(r Release, y int) int {
			return r.year - y
		}))
		pos := subject.First
		found := subject.Second
		if found {
			fmt.Println(year, "->", releases[pos].version)
		} else {
			fmt.Println(year, "-> insert at", pos)
		}
	}
	subject2 := lisette.MakeTuple2(slices.BinarySearchFunc([]string{"a", "c", "e"}, "d", strings.Compare))
	p := subject2.First
	ok := subject2.Second
	fmt.Println(p, ok)
}
