package main

import "fmt"

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
	if s.Tag == StateLocked {
		if e.Tag == EventCoin {
			return State{Tag: StateUnlocked}
		}
		current := s
		return current
	}
	if e.Tag == EventPush {
		return State{Tag: StateLocked}
	}
	current := s
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
