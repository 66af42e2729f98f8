package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type EventTag int

const (
	EventClick EventTag = iota
	EventKey
)

type Event struct {
	Tag    EventTag
	Click0 int
	Click1 int
	Key    string
}

func (v Event) String() string {
	switch v.Tag {
	case EventClick:
		return "Event.Click(" + lisette.FormatValue(v.Click0) + ", " + lisette.FormatValue(v.Click1) + ")"
	}
	return "Event.Key(" + lisette.FormatValue(v.Key) + ")"
}

func main() {
	events := []Event{Event{Tag: EventClick, Click0: 3, Click1: 4}, Event{Tag: EventKey, Key: "q"}}
	for _, e := range events {
		if e.Tag == EventClick {
			x := e.Click0
			fmt.Println("click at column", x)
		} else {
			k := e.Key
			fmt.Println("key", k)
		}
	}
}
