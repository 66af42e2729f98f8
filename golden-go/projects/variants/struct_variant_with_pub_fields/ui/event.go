package ui

import lisette "lisette.dev/prelude"

type EventTag int

const (
	EventResize EventTag = iota
	EventClose
)

type Event struct {
	Tag EventTag
	W   int
	H   int
}

func (v Event) String() string {
	switch v.Tag {
	case EventResize:
		return "Event.Resize { w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
	}
	return "Event.Close"
}
