package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type EventTag int

const (
	EventIdle EventTag = iota
	EventMoved
	EventRenamed
	EventResized
)

type Event struct {
	Tag     EventTag
	Moved0  int
	Moved1  int
	Renamed string
	W       int
	H       int
}

func (v Event) String() string {
	switch v.Tag {
	case EventIdle:
		return "Event.Idle"
	case EventMoved:
		return "Event.Moved(" + lisette.FormatValue(v.Moved0) + ", " + lisette.FormatValue(v.Moved1) + ")"
	case EventRenamed:
		return "Event.Renamed(" + lisette.FormatValue(v.Renamed) + ")"
	}
	return "Event.Resized { w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
}

func (v Event) MarshalJSON() ([]byte, error) {
	switch v.Tag {
	case EventIdle:
		return lisette.MarshalUnitVariant("Idle")
	case EventMoved:
		return lisette.MarshalTupleVariant("Moved", v.Moved0, v.Moved1)
	case EventRenamed:
		return lisette.MarshalTupleVariant("Renamed", v.Renamed)
	}
	return lisette.MarshalStructVariant("Resized", []string{"w", "h"}, v.W, v.H)
}

func (v *Event) UnmarshalJSON(data []byte) error {
	name, payload, err := lisette.UnmarshalVariant(data)
	if err != nil {
		return err
	}
	switch name {
	case "Idle":
		err = lisette.UnmarshalTuplePayload("Idle", payload)
		if err != nil {
			return err
		}
		*v = Event{Tag: EventIdle}
		return nil
	case "Moved":
		var p0 int
		var p1 int
		err = lisette.UnmarshalTuplePayload("Moved", payload, &p0, &p1)
		if err != nil {
			return err
		}
		*v = Event{Tag: EventMoved, Moved0: p0, Moved1: p1}
		return nil
	case "Renamed":
		var p0 string
		err = lisette.UnmarshalTuplePayload("Renamed", payload, &p0)
		if err != nil {
			return err
		}
		*v = Event{Tag: EventRenamed, Renamed: p0}
		return nil
	case "Resized":
		var p0 int
		var p1 int
		err = lisette.UnmarshalStructPayload("Resized", payload, []string{"w", "h"}, &p0, &p1)
		if err != nil {
			return err
		}
		*v = Event{Tag: EventResized, W: p0, H: p1}
		return nil
	}
	return lisette.UnknownVariant("Event", name)
}

func main() {
	es := []Event{Event{Tag: EventIdle}, Event{Tag: EventMoved, Moved0: 1, Moved1: 2}, Event{Tag: EventRenamed, Renamed: "a"}, Event{Tag: EventResized, W: 3, H: 4}}
	fmt.Println(es)
}
