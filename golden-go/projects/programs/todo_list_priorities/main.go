package main

import (
	"fmt"
	"golden/projects/programs/todo_list_priorities/todo"
	lisette "lisette.dev/prelude"
)

func main() {
	list := todo.TodoList_New()
	list.Add("water plants", todo.Priority{Tag: todo.PriorityLow})
	list.Add("pay rent", todo.Priority{Tag: todo.PriorityUrgent})
	list.Add("call mum", todo.Priority{Tag: todo.PriorityNormal})
	list.Add("fix bike", todo.Priority{Tag: todo.PriorityUrgent})
	fmt.Println(list.Next())
	paid := list.Finish("pay rent")
	fmt.Println(paid, list.Next())
	slept := list.Finish("sleep")
	fmt.Println(slept, list.Open_count())
	fixed := list.Finish("fix bike")
	subject := list.Next()
	if subject.Tag == lisette.OptionSome {
		t := subject.SomeVal
		fmt.Println(fixed, t.Title, t.Priority)
	} else {
		fmt.Println("all done")
	}
}
