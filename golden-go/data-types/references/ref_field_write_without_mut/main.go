package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Stats struct {
	hits   int
	misses int
}

func (v Stats) String() string {
	return "Stats { hits: " + lisette.FormatValue(v.hits) + ", misses: " + lisette.FormatValue(v.misses) + " }"
}

func record(s *Stats, hit bool) {
	if hit {
		s.hits += 1
	} else {
		s.misses += 1
	}
}

func main() {
	stats := Stats{hits: 0, misses: 0}
	record(&stats, true)
	record(&stats, true)
	record(&stats, false)
	fmt.Println(stats)
}
