package ui

import lisette "lisette.dev/prelude"

type EventTag int

const (
	EventClick EventTag = iota
	EventKey
	EventQuit
)

type Event struct {
	Tag EventTag
	X   int
	Y   int
	Key string
}

func (v Event) String() string {
	switch v.Tag {
	case EventClick:
		return "Event.Click { x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + " }"
	case EventKey:
		return "Event.Key(" + lisette.FormatValue(v.Key) + ")"
	}
	return "Event.Quit"
}
