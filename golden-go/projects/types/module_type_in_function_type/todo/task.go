package todo

import lisette "lisette.dev/prelude"

type Task struct {
	Title string
	Done  bool
}

func (v Task) String() string {
	return "Task { title: " + lisette.FormatValue(v.Title) + ", done: " + lisette.FormatValue(v.Done) + " }"
}

func Sample() []Task {
	return []Task{Task{Title: "shop", Done: true}, Task{Title: "cook", Done: false}, Task{Title: "clean", Done: false}}
}
