package todo

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Task struct {
	Title string
	Done  bool
}

func (v Task) String() string {
	return "Task { title: " + lisette.FormatValue(v.Title) + ", done: " + lisette.FormatValue(v.Done) + " }"
}

func (self Task) Line() string {
	var mark string
	if self.Done {
		mark = "x"
	} else {
		mark = " "
	}
	return fmt.Sprintf("[%v] %v", mark, self.Title)
}
