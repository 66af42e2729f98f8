package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type StateTag int

const (
	StateLocked StateTag = iota
	StateUnlocked
)

type State struct {
	Tag StateTag
}

func (v State) String() string {
	switch v.Tag {
	case StateLocked:
		return "State.Locked"
	}
	return "State.Unlocked"
}

type EventTag int

const (
	EventCoin EventTag = iota
	EventPush
)

type Event struct {
	Tag EventTag
}

func (v Event) String() string {
	switch v.Tag {
	case EventCoin:
		return "Event.Coin"
	}
	return "Event.Push"
}

func next(s State, e Event) State {
	subject := lisette.Tuple2[State, Event]{First: s, Second: e}
	if subject.First.Tag == StateLocked {
		if subject.Second.Tag == EventCoin {
			return State{Tag: StateUnlocked}
		}
		current := subject.First
		return current
	}
	if subject.Second.Tag == EventPush {
		return State{Tag: StateLocked}
	}
	current := subject.First
	return current
}

func main() {
	events := []Event{Event{Tag: EventPush}, Event{Tag: EventCoin}, Event{Tag: EventCoin}, Event{Tag: EventPush}, Event{Tag: EventPush}}
	s := State{Tag: StateLocked}
	for _, e := range events {
		s = next(s, e)
		fmt.Println(s)
	}
}
