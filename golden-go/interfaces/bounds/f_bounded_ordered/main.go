package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Ordered[T any] interface {
	Less(other T) bool
}

type Version struct {
	major int
	minor int
}

func (v Version) String() string {
	return "Version { major: " + lisette.FormatValue(v.major) + ", minor: " + lisette.FormatValue(v.minor) + " }"
}

func (self Version) Less(other Version) bool {
	return self.major < other.major || (self.major == other.major && self.minor < other.minor)
}

type Word struct {
	text string
}

func (v Word) String() string {
	return "Word { text: " + lisette.FormatValue(v.text) + " }"
}

func (self Word) Less(other Word) bool {
	return len(self.text) < len(other.text)
}

func max_of[T Ordered[T]](xs []T) lisette.Option[T] {
	if len(xs) == 0 {
		return lisette.MakeOptionNone[T]()
	}
	first := xs[0]
	rest := xs[1:len(xs):len(xs)]
	best := first
	for _, x := range rest {
		if best.Less(x) {
			best = x
		}
	}
	return lisette.MakeOptionSome[T](best)
}

func main() {
	versions := []Version{Version{major: 1, minor: 9}, Version{major: 2, minor: 0}, Version{major: 1, minor: 12}}
	fmt.Println(max_of(versions))
	fmt.Println(max_of([]Word{Word{text: "kiwi"}, Word{text: "banana"}, Word{text: "fig"}}))
	none := []Word{}
	fmt.Println(max_of(none))
}
