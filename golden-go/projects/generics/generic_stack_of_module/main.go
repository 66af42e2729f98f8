package main

import (
	"fmt"
	"golden/projects/generics/generic_stack_of_module/coll"
)

func main() {
	nums := coll.Stack_New[int]()
	nums.Push(1)
	nums.Push(2)
	nums.Push(3)
	top := nums.Pop()
	fmt.Println(top, nums.Size())
	words := coll.Stack_New[string]()
	words.Push("a")
	fmt.Println(words.Pop(), words.Pop())
}
