package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Task struct {
	title string
	done  bool
}

func (v Task) String() string {
	return "Task { title: " + lisette.FormatValue(v.title) + ", done: " + lisette.FormatValue(v.done) + " }"
}

func next_open(tasks []Task) string {
	if len(tasks) == 0 {
		return "nothing left"
	}
	if !tasks[0].done {
		title := tasks[0].title
		return title
	}
	rest := tasks[1:len(tasks):len(tasks)]
	return next_open(rest)
}

func main() {
	tasks := []Task{Task{title: "write", done: true}, Task{title: "review", done: false}, Task{title: "ship", done: false}}
	fmt.Println(next_open(tasks))
	fmt.Println(next_open([]Task{Task{title: "done", done: true}}))
}
