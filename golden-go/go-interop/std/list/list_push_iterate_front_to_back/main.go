package main

import (
	"container/list"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	l := list.New()
	_ = l.PushBack("b")
	_ = l.PushBack("c")
	_ = l.PushFront("a")
	fmt.Println("len:", l.Len())
	cur := lisette.OptionNilable(l.Front())
	out := []string{}
	for cur.Tag == lisette.OptionSome {
		e := cur.SomeVal
		out = append(out, lisette.AssertType[string](e.Value).UnwrapOr("?"))
		cur = lisette.OptionNilable(e.Next())
	}
	fmt.Println(out)
	subject := lisette.OptionNilable(l.Back())
	if subject.Tag == lisette.OptionSome {
		e := subject.SomeVal
		fmt.Println("back:", lisette.AssertType[string](e.Value))
	} else {
		fmt.Println("empty")
	}
}
