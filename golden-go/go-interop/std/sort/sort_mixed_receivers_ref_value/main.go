package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sort"
)

type Scores struct {
	names  []string
	points []int
}

func (v Scores) String() string {
	return "Scores { names: " + lisette.FormatValue(v.names) + ", points: " + lisette.FormatValue(v.points) + " }"
}

func (self Scores) Len() int {
	return len(self.names)
}

func (self Scores) Less(i, j int) bool {
	return self.points[i] > self.points[j]
}

func (self *Scores) Swap(i, j int) {
	n := self.names[i]
	self.names[i] = self.names[j]
	self.names[j] = n
	p := self.points[i]
	self.points[i] = self.points[j]
	self.points[j] = p
}

func main() {
	s := Scores{names: []string{"ann", "bob", "cy", "dee"}, points: []int{12, 40, 7, 25}}
	sort.Sort(&s)
	for i, end := 0, s.Len(); i < end; i++ {
		fmt.Println(i+1, s.names[i], s.points[i])
	}
	fmt.Println(sort.IsSorted(&s))
}
