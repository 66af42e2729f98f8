package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ListTag int

const (
	ListNil ListTag = iota
	ListCons
)

type List[T any] struct {
	Tag   ListTag
	Cons0 T
	Cons1 *List[T]
}

func (v List[T]) String() string {
	switch v.Tag {
	case ListNil:
		return "List.Nil"
	}
	return "List.Cons(" + lisette.FormatValue(v.Cons0) + ", " + lisette.FormatValue(*v.Cons1) + ")"
}

func from_slice[T any](xs []T) List[T] {
	list := List[T]{Tag: ListNil}
	i := len(xs) - 1
	for i >= 0 {
		list = List[T]{Tag: ListCons, Cons0: xs[i], Cons1: lisette.Ptr(list)}
		i -= 1
	}
	return list
}

func size[T any](list List[T]) int {
	if list.Tag == ListNil {
		return 0
	}
	rest := *list.Cons1
	return 1 + size(rest)
}

func map_list[T, U any](list List[T], f func(T) U) List[U] {
	if list.Tag == ListNil {
		return List[U]{Tag: ListNil}
	}
	head := list.Cons0
	rest := *list.Cons1
	return List[U]{Tag: ListCons, Cons0: f(head), Cons1: lisette.Ptr(map_list(rest, f))}
}

func to_slice[T any](list List[T]) []T {
	out := []T{}
	cur := list
	for cur.Tag == ListCons {
		head := cur.Cons0
		rest := *cur.Cons1
		out = append(out, head)
		cur = rest
	}
	return out
}

func main() {
	nums := from_slice([]int{1, 2, 3})
	labels := map_list(nums, func(n int) string {
		return fmt.Sprintf("n%v", n)
	})
	fmt.Println(size(nums), to_slice(labels))
	fmt.Println(nums)
}
