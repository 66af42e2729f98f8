package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type StatusTag int

const (
	StatusTodo StatusTag = iota
	StatusDoing
	StatusDone
)

type Status struct {
	Tag   StatusTag
	Doing int
}

func (v Status) String() string {
	switch v.Tag {
	case StatusTodo:
		return "Status.Todo"
	case StatusDoing:
		return "Status.Doing(" + lisette.FormatValue(v.Doing) + ")"
	}
	return "Status.Done"
}

type Task struct {
	title  string
	status Status
}

func (v Task) String() string {
	return "Task { title: " + lisette.FormatValue(v.title) + ", status: " + lisette.FormatValue(v.status) + " }"
}

func main() {
	s := Status{Tag: StatusDoing, Doing: 40}
	t := Task{title: "write spec", status: s}
	s = Status{Tag: StatusDone}
	fmt.Println(t)
	fmt.Println(s, Status{Tag: StatusTodo})
}
