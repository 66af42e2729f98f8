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
	Cons0 string
	Cons1 *List
}

func (v List) String() string {
	switch v.Tag {
	case ListCons:
		return "List.Cons(" + lisette.FormatValue(v.Cons0) + ", " + lisette.FormatValue(*v.Cons1) + ")"
	}
	return "List.Nil"
}

func main() {
	list := List{Tag: ListCons, Cons0: "a", Cons1: &List{Tag: ListCons, Cons0: "b", Cons1: &List{Tag: ListCons, Cons0: "c", Cons1: &List{Tag: ListNil}}}}
	cursor := list
	out := ""
	for cursor.Tag == ListCons {
		head := cursor.Cons0
		tail := *cursor.Cons1
		out = out + head
		cursor = tail
	}
	fmt.Println(out)
}
