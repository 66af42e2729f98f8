package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TaskTag int

const (
	TaskPrint TaskTag = iota
	TaskRepeat
)

type Task struct {
	Tag     TaskTag
	Print   string
	Repeat0 string
	Repeat1 int
}

func (v Task) String() string {
	switch v.Tag {
	case TaskPrint:
		return "Task.Print(" + lisette.FormatValue(v.Print) + ")"
	}
	return "Task.Repeat(" + lisette.FormatValue(v.Repeat0) + ", " + lisette.FormatValue(v.Repeat1) + ")"
}

func main() {
	queue := []Task{Task{Tag: TaskPrint, Print: "start"}, Task{Tag: TaskRepeat, Repeat0: "tick", Repeat1: 2}, Task{Tag: TaskPrint, Print: "end"}}
	steps := 0
	for len(queue) >= 1 {
		job := queue[0]
		rest := queue[1:len(queue):len(queue)]
		queue = rest
		steps += 1
		if job.Tag == TaskPrint {
			msg := job.Print
			fmt.Println(msg)
		} else {
			msg := job.Repeat0
			n := job.Repeat1
			if n > 1 {
				fmt.Println(msg)
				queue = append(queue, Task{Tag: TaskRepeat, Repeat0: msg, Repeat1: n - 1})
			} else {
				msg2 := job.Repeat0
				fmt.Println(msg2, "(last)")
			}
		}
	}
	fmt.Println("steps", steps)
}
