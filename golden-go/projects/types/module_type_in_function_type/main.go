package main

import (
	"fmt"
	"golden/projects/types/module_type_in_function_type/todo"
	lisette "lisette.dev/prelude"
)

func titles(tasks []todo.Task, keep func(todo.Task) bool) []string {
	return lisette.SliceMap(lisette.SliceFilter(tasks, keep), func(t todo.Task) string {
		return t.Title
	})
}

func main() {
	tasks := todo.Sample()
	fmt.Println(titles(tasks, func(t todo.Task) bool {
		return !t.Done
	}))
	fmt.Println(titles(tasks, func(t todo.Task) bool {
		return t.Done
	}))
}
