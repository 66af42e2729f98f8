package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Task struct {
	Title string   `json:"title"`
	Done  bool     `json:"done"`
	Tags  []string `json:"tags"`
}

func (v Task) String() string {
	return "Task { title: " + lisette.FormatValue(v.Title) + ", done: " + lisette.FormatValue(v.Done) + ", tags: " + lisette.FormatValue(v.Tags) + " }"
}

func (self *Task) Finish() {
	self.Done = true
}

func main() {
	t := Task{Title: "write", Done: false, Tags: []string{"a"}}
	t.Finish()
	t.Tags = append(t.Tags, "b")
	u := Task{Title: "read", Done: t.Done, Tags: t.Tags}
	title := u.Title
	done := u.Done
	fmt.Println(title, done, u.Tags)
	if t.Done {
		title2 := t.Title
		fmt.Printf("%v is done\n", title2)
	} else {
		fmt.Println("open")
	}
}
