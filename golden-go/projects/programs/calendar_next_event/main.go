package main

import (
	"fmt"
	"golden/projects/programs/calendar_next_event/calendar"
	"golden/projects/programs/calendar_next_event/calendar/events"
	lisette "lisette.dev/prelude"
)

func main() {
	today := calendar.Date{Year: 2024, Month: 3, Day: 15}
	evs := []events.Event{events.Event{Title: "standup", On: calendar.Date{Year: 2024, Month: 3, Day: 14}, Kind: events.Kind{Tag: events.KindMeeting}}, events.Event{Title: "rio", On: calendar.Date{Year: 2024, Month: 7, Day: 1}, Kind: events.Kind{Tag: events.KindTrip, Trip: "Rio"}}, events.Event{Title: "mum", On: calendar.Date{Year: 2024, Month: 4, Day: 2}, Kind: events.Kind{Tag: events.KindBirthday, Birthday: "Mum"}}}
	subject := events.Next_after(evs, today)
	if subject.Tag == lisette.OptionSome {
		e := subject.SomeVal
		when := e.On.Iso()
		fmt.Printf("next: %v on %v\n", e.Title, when)
		fmt.Println(e.Kind)
	} else {
		fmt.Println("nothing planned")
	}
	late := calendar.Date{Year: 2025, Month: 1, Day: 1}
	fmt.Println(events.Next_after(evs, late).IsNone(), today.Iso())
}
