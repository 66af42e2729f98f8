package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
)

func main() {
	sessions := sync.Map{}
	sessions.Store("ann", 3)
	sessions.Store("bo", 5)
	subject := lisette.OptionOf(sessions.Load("ann"))
	if subject.Tag == lisette.OptionSome {
		v := subject.SomeVal
		fmt.Println("ann:", lisette.AssertType[int](v).UnwrapOr(-1))
	} else {
		fmt.Println("ann: none")
	}
	fmt.Println("cy present:", lisette.OptionOf(sessions.Load("cy")).IsSome())
	subject2 := lisette.MakeTuple2(sessions.LoadOrStore("cy", 1))
	actual := subject2.First
	loaded := subject2.Second
	fmt.Println("cy:", lisette.AssertType[int](actual), "was loaded:", loaded)
	subject3 := lisette.MakeTuple2(sessions.LoadOrStore("cy", 99))
	again := subject3.First
	loaded_again := subject3.Second
	fmt.Println("cy:", lisette.AssertType[int](again), "was loaded:", loaded_again)
	sessions.Delete("bo")
	total := 0
	count := 0
	sessions.Range(func(_k, v any) bool {
		total += lisette.AssertType[int](v).UnwrapOr(0)
		count += 1
		return true
	})
	fmt.Println("entries:", count, "total:", total)
}
