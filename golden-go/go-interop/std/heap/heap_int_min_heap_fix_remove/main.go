package main

import (
	"container/heap"
	"fmt"
	lisette "lisette.dev/prelude"
)

type MinHeap struct {
	xs []int
}

func (v MinHeap) String() string {
	return "MinHeap { xs: " + lisette.FormatValue(v.xs) + " }"
}

func (self *MinHeap) Len() int {
	return len(self.xs)
}

func (self *MinHeap) Less(i, j int) bool {
	return self.xs[i] < self.xs[j]
}

func (self *MinHeap) Swap(i, j int) {
	t := self.xs[i]
	self.xs[i] = self.xs[j]
	self.xs[j] = t
}

func (self *MinHeap) Push(x any) {
	self.xs = append(self.xs, lisette.AssertType[int](x).UnwrapOr(0))
}

func (self *MinHeap) Pop() any {
	n := len(self.xs)
	v := self.xs[n-1]
	self.xs = lisette.SliceRange(self.xs, 0, n-1)
	return v
}

func drain(h *MinHeap) []int {
	out := []int{}
	for h.Len() > 0 {
		out = append(out, lisette.AssertType[int](heap.Pop(h)).UnwrapOr(-1))
	}
	return out
}

func main() {
	h := MinHeap{xs: []int{5, 2, 8, 1, 9, 3}}
	r := &h
	heap.Init(r)
	fmt.Println("min:", r.xs[0])
	r.xs[0] = 7
	heap.Fix(r, 0)
	fmt.Println("min after fix:", r.xs[0])
	removed := lisette.AssertType[int](heap.Remove(r, 0))
	fmt.Println("removed:", removed)
	heap.Push(r, 4)
	fmt.Println("drained:", drain(r))
}
