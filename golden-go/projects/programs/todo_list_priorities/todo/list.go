package todo

import lisette "lisette.dev/prelude"

type TodoList struct {
	tasks []Task
}

func (v TodoList) String() string {
	return "TodoList { tasks: " + lisette.FormatValue(v.tasks) + " }"
}

func TodoList_New() TodoList {
	return TodoList{tasks: []Task{}}
}

func (self *TodoList) Add(title string, p Priority) {
	self.tasks = append(self.tasks, Task{Title: title, Priority: p, Done: false})
}

func (self *TodoList) Finish(title string) bool {
	found := false
	i := 0
	for i < len(self.tasks) {
		if self.tasks[i].Title == title {
			self.tasks[i].Done = true
			found = true
		}
		i += 1
	}
	return found
}

func (self TodoList) Next() lisette.Option[Task] {
	best := lisette.MakeOptionNone[Task]()
	for _, t := range self.tasks {
		if t.Done {
			continue
		}
		if best.Tag == lisette.OptionSome {
			b := best.SomeVal
			if b.Priority.Rank() >= t.Priority.Rank() {
				best = lisette.MakeOptionSome[Task](b)
			} else {
				best = lisette.MakeOptionSome[Task](t)
			}
		} else {
			best = lisette.MakeOptionSome[Task](t)
		}
	}
	return best
}

func (self TodoList) Open_count() int {
	return len(lisette.SliceFilter(self.tasks, func(t Task) bool {
		return !t.Done
	}))
}
