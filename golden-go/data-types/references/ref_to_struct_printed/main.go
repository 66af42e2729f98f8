package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Ticket struct {
	id    int
	title string
}

func (v Ticket) String() string {
	return "Ticket { id: " + lisette.FormatValue(v.id) + ", title: " + lisette.FormatValue(v.title) + " }"
}

type PhaseTag int

const (
	PhaseOpen PhaseTag = iota
	PhaseClosed
)

type Phase struct {
	Tag    PhaseTag
	Closed int
}

func (v Phase) String() string {
	switch v.Tag {
	case PhaseOpen:
		return "Phase.Open"
	}
	return "Phase.Closed(" + lisette.FormatValue(v.Closed) + ")"
}

func main() {
	t := Ticket{id: 9, title: "fix login"}
	p := Phase{Tag: PhaseClosed, Closed: 3}
	rt := &t
	rp := &p
	fmt.Println(rt)
	fmt.Println(rp, Phase{Tag: PhaseOpen})
}
