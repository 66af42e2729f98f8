package seats

import lisette "lisette.dev/prelude"

type SeatTag int

const (
	SeatFree SeatTag = iota
	SeatTaken
)

type Seat struct {
	Tag   SeatTag
	Taken string
}

func (v Seat) String() string {
	switch v.Tag {
	case SeatFree:
		return "Seat.Free"
	}
	return "Seat.Taken(" + lisette.FormatValue(v.Taken) + ")"
}
