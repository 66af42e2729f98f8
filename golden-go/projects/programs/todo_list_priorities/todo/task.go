package todo

import lisette "lisette.dev/prelude"

type PriorityTag int

const (
	PriorityLow PriorityTag = iota
	PriorityNormal
	PriorityUrgent
)

type Priority struct {
	Tag PriorityTag
}

func (v Priority) String() string {
	switch v.Tag {
	case PriorityLow:
		return "Priority.Low"
	case PriorityNormal:
		return "Priority.Normal"
	}
	return "Priority.Urgent"
}

func (self Priority) Rank() int {
	switch self.Tag {
	case PriorityLow:
		return 0
	case PriorityNormal:
		return 1
	case PriorityUrgent:
		return 2
	}
	panic("unreachable")
}

type Task struct {
	Title    string
	Priority Priority
	Done     bool
}

func (v Task) String() string {
	return "Task { title: " + lisette.FormatValue(v.Title) + ", priority: " + lisette.FormatValue(v.Priority) + ", done: " + lisette.FormatValue(v.Done) + " }"
}
