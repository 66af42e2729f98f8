package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type EventTag int

const (
	EventClick EventTag = iota
	EventScroll
	EventQuit
)

type Event struct {
	Tag    EventTag
	Click0 int
	Click1 int
	Scroll float64
}

func (v Event) String() string {
	switch v.Tag {
	case EventClick:
		return "Event.Click(" + lisette.FormatValue(v.Click0) + ", " + lisette.FormatValue(v.Click1) + ")"
	case EventScroll:
		return "Event.Scroll(" + lisette.FormatValue(v.Scroll) + ")"
	}
	return "Event.Quit"
}

func main() {
	e := Event{Tag: EventClick, Click0: 120, Click1: 48}
	fmt.Println(e)
	fmt.Println(Event{Tag: EventScroll, Scroll: -2.5}, Event{Tag: EventQuit})
}
