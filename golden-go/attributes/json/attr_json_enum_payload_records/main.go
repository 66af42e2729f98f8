package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Meta struct {
	Author string                 `json:"by,omitempty"`
	Note   lisette.Option[string] `json:"note,omitempty,omitzero"`
}

func (v Meta) String() string {
	return "Meta { author: " + lisette.FormatValue(v.Author) + ", note: " + lisette.FormatValue(v.Note) + " }"
}

type ChangeTag int

const (
	ChangeCreated ChangeTag = iota
	ChangeDeleted
	ChangeNoop
)

type Change struct {
	Tag     ChangeTag
	Created Meta
	Id      int
	Reason  lisette.Option[string]
}

func (v Change) String() string {
	switch v.Tag {
	case ChangeCreated:
		return "Change.Created(" + lisette.FormatValue(v.Created) + ")"
	case ChangeDeleted:
		return "Change.Deleted { id: " + lisette.FormatValue(v.Id) + ", reason: " + lisette.FormatValue(v.Reason) + " }"
	}
	return "Change.Noop"
}

func (v Change) MarshalJSON() ([]byte, error) {
	switch v.Tag {
	case ChangeCreated:
		return lisette.MarshalTupleVariant("Created", v.Created)
	case ChangeDeleted:
		return lisette.MarshalStructVariant("Deleted", []string{"id", "reason"}, v.Id, v.Reason)
	}
	return lisette.MarshalUnitVariant("Noop")
}

func (v *Change) UnmarshalJSON(data []byte) error {
	name, payload, err := lisette.UnmarshalVariant(data)
	if err != nil {
		return err
	}
	switch name {
	case "Created":
		var p0 Meta
		err = lisette.UnmarshalTuplePayload("Created", payload, &p0)
		if err != nil {
			return err
		}
		*v = Change{Tag: ChangeCreated, Created: p0}
		return nil
	case "Deleted":
		var p0 int
		var p1 lisette.Option[string]
		err = lisette.UnmarshalStructPayload("Deleted", payload, []string{"id", "reason"}, &p0, &p1)
		if err != nil {
			return err
		}
		*v = Change{Tag: ChangeDeleted, Id: p0, Reason: p1}
		return nil
	case "Noop":
		err = lisette.UnmarshalTuplePayload("Noop", payload)
		if err != nil {
			return err
		}
		*v = Change{Tag: ChangeNoop}
		return nil
	}
	return lisette.UnknownVariant("Change", name)
}

func main() {
	changes := []Change{Change{Tag: ChangeCreated, Created: Meta{Author: "ann", Note: lisette.MakeOptionNone[string]()}}, Change{Tag: ChangeDeleted, Id: 7, Reason: lisette.MakeOptionNone[string]()}, Change{Tag: ChangeDeleted, Id: 8, Reason: lisette.MakeOptionSome[string]("dup")}, Change{Tag: ChangeNoop}}
	subject := lisette.ResultOf(json.Marshal(changes))
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
		back := []Change{}
		subject2 := lisette.ResultOfErr(json.Unmarshal(b, &back))
		if subject2.Tag == lisette.ResultOk {
			fmt.Println(back)
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
