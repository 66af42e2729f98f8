package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Stats struct {
	count int
	total int
}

func (v Stats) String() string {
	return "Stats { count: " + lisette.FormatValue(v.count) + ", total: " + lisette.FormatValue(v.total) + " }"
}

type Sample struct {
	values []int
}

func (v Sample) String() string {
	return "Sample { values: " + lisette.FormatValue(v.values) + " }"
}

func (self Sample) Stats() Stats {
	total := 0
	for _, v := range self.values {
		total += v
	}
	return Stats{count: len(self.values), total: total}
}

func main() {
	s := Sample{values: []int{4, 8, 15, 16, 23, 42}}
	subject := s.Stats()
	count := subject.count
	total := subject.total
	fmt.Println(count, total, total/count)
}
