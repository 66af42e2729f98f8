package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Tally struct {
	sum   int
	count int
}

func (v Tally) String() string {
	return "Tally { sum: " + lisette.FormatValue(v.sum) + ", count: " + lisette.FormatValue(v.count) + " }"
}

func (self *Tally) Add(n int) int {
	self.sum += n
	self.count += 1
	return self.sum
}

func main() {
	tally := Tally{sum: 0, count: 0}
	for _, n := range []int{4, 9, 2} {
		running := tally.Add(n)
		fmt.Println(running)
	}
	fmt.Println(tally)
}
