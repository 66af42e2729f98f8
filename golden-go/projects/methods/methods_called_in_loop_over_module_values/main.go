package main

import (
	"fmt"
	"golden/projects/methods/methods_called_in_loop_over_module_values/todo"
)

func main() {
	tasks := []todo.Task{todo.Task{Title: "write", Done: true}, todo.Task{Title: "test", Done: false}}
	for _, t := range tasks {
		fmt.Println(t.Line())
	}
}
