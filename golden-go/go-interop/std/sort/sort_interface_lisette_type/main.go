package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sort"
)

type ByLength struct {
	words []string
}

func (v ByLength) String() string {
	return "ByLength { words: " + lisette.FormatValue(v.words) + " }"
}

func (self *ByLength) Len() int {
	return len(self.words)
}

func (self *ByLength) Less(i, j int) bool {
	return len(self.words[i]) < len(self.words[j])
}

func (self *ByLength) Swap(i, j int) {
	tmp := self.words[i]
	self.words[i] = self.words[j]
	self.words[j] = tmp
}

func main() {
	by := ByLength{words: []string{"banana", "kiwi", "apple", "fig", "cherry", "date"}}
	sort.Stable(&by)
	fmt.Println(by.words)
	fmt.Println(sort.IsSorted(&by))
	sort.Sort(sort.Reverse(&by))
	fmt.Println(len(by.words[0]), by.words[len(by.words)-1])
}
