package main

import (
	"container/list"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func render(l *list.List) string {
	parts := []string{}
	cur := lisette.OptionNilable(l.Front())
	for cur.Tag == lisette.OptionSome {
		e := cur.SomeVal
		n := lisette.AssertType[int](e.Value).UnwrapOr(-1)
		parts = append(parts, fmt.Sprintf("%v", n))
		cur = lisette.OptionNilable(e.Next())
	}
	return strings.Join(parts, " <-> ")
}

func main() {
	l := list.New()
	one := l.PushBack(1)
	four := l.PushBack(4)
	subject := lisette.OptionNilable(l.InsertAfter(2, one))
	if subject.Tag == lisette.OptionSome {
		two := subject.SomeVal
		_ = l.InsertBefore(3, four)
		fmt.Println(render(l))
		l.MoveToBack(two)
		fmt.Println(render(l))
		_ = l.Remove(one)
		fmt.Println(render(l), "len", l.Len())
	} else {
		fmt.Println("insert failed")
	}
	other := list.New()
	_ = other.PushBack(9)
	_ = other.PushBack(10)
	l.PushBackList(other)
	fmt.Println(render(l))
	_ = l.Init()
	fmt.Printf("[%v] len %v\n", render(l), l.Len())
}
