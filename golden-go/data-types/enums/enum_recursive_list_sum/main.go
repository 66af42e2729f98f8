package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ListTag int

const (
	ListCons ListTag = iota
	ListNil
)

type List struct {
	Tag   ListTag
	Cons0 int
	Cons1 *List
}

func (v List) String() string {
	switch v.Tag {
	case ListCons:
		return "List.Cons(" + lisette.FormatValue(v.Cons0) + ", " + lisette.FormatValue(*v.Cons1) + ")"
	}
	return "List.Nil"
}

func sum(l List) int {
	if l.Tag == ListCons {
		head := l.Cons0
		tail := *l.Cons1
		return head + sum(tail)
	}
	return 0
}

func main() {
	short := List{Tag: ListCons, Cons0: 2, Cons1: &List{Tag: ListCons, Cons0: 3, Cons1: &List{Tag: ListNil}}}
	long := List{Tag: ListCons, Cons0: 1, Cons1: lisette.Ptr(short)}
	fmt.Println(sum(short), sum(long))
	fmt.Println(long)
}
