package orders

import lisette "lisette.dev/prelude"

type StatusTag int

const (
	StatusPending StatusTag = iota
	StatusPaid
	StatusCancelled
)

type Status struct {
	Tag       StatusTag
	Paid      int
	Cancelled string
}

func (v Status) String() string {
	switch v.Tag {
	case StatusPending:
		return "Status.Pending"
	case StatusPaid:
		return "Status.Paid(" + lisette.FormatValue(v.Paid) + ")"
	}
	return "Status.Cancelled(" + lisette.FormatValue(v.Cancelled) + ")"
}
