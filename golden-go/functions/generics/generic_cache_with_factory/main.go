package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Cache[V any] struct {
	entries map[string]V
	misses  int
}

func (v Cache[V]) String() string {
	return "Cache { entries: " + lisette.FormatValue(v.entries) + ", misses: " + lisette.FormatValue(v.misses) + " }"
}

func (self *Cache[V]) Get_or(key string, make_ func() V) V {
	subject := lisette.MapGet(self.entries, key)
	if subject.Tag == lisette.OptionSome {
		v := subject.SomeVal
		return v
	}
	v := make_()
	self.entries[key] = v
	self.misses += 1
	return v
}

func main() {
	built := 0
	lengths := Cache[int]{entries: map[string]int{}, misses: 0}
	seen := []int{}
	for _, word := range []string{"tree", "sky", "tree", "tree", "sky", "sea"} {
		n := lengths.Get_or(word, func() int {
			built += 1
			return len(word)
		})
		seen = append(seen, n)
	}
	fmt.Println(seen)
	fmt.Println(lengths.misses, built)
}
