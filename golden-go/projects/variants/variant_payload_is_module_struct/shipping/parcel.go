package shipping

import lisette "lisette.dev/prelude"

type Parcel struct {
	Id string
	Kg int
}

func (v Parcel) String() string {
	return "Parcel { id: " + lisette.FormatValue(v.Id) + ", kg: " + lisette.FormatValue(v.Kg) + " }"
}

type StateTag int

const (
	StatePacked StateTag = iota
	StateShipped
	StateLost
)

type State struct {
	Tag      StateTag
	Packed   Parcel
	Shipped0 Parcel
	Shipped1 string
}

func (v State) String() string {
	switch v.Tag {
	case StatePacked:
		return "State.Packed(" + lisette.FormatValue(v.Packed) + ")"
	case StateShipped:
		return "State.Shipped(" + lisette.FormatValue(v.Shipped0) + ", " + lisette.FormatValue(v.Shipped1) + ")"
	}
	return "State.Lost"
}
