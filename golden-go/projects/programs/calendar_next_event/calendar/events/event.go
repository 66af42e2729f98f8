package events

import (
	"golden/projects/programs/calendar_next_event/calendar"
	lisette "lisette.dev/prelude"
)

type KindTag int

const (
	KindMeeting KindTag = iota
	KindBirthday
	KindTrip
)

type Kind struct {
	Tag      KindTag
	Birthday string
	Trip     string
}

func (v Kind) String() string {
	switch v.Tag {
	case KindMeeting:
		return "Kind.Meeting"
	case KindBirthday:
		return "Kind.Birthday(" + lisette.FormatValue(v.Birthday) + ")"
	}
	return "Kind.Trip(" + lisette.FormatValue(v.Trip) + ")"
}

type Event struct {
	Title string
	On    calendar.Date
	Kind  Kind
}

func (v Event) String() string {
	return "Event { title: " + lisette.FormatValue(v.Title) + ", on: " + lisette.FormatValue(v.On) + ", kind: " + lisette.FormatValue(v.Kind) + " }"
}

func Next_after(evs []Event, today calendar.Date) lisette.Option[Event] {
	best := lisette.MakeOptionNone[Event]()
	for _, e := range evs {
		if !today.Before(e.On) {
			continue
		}
		if best.Tag == lisette.OptionSome {
			b := best.SomeVal
			if b.On.Before(e.On) {
				best = lisette.MakeOptionSome[Event](b)
			} else {
				best = lisette.MakeOptionSome[Event](e)
			}
		} else {
			best = lisette.MakeOptionSome[Event](e)
		}
	}
	return best
}
