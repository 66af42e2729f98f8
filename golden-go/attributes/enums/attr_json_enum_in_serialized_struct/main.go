package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type StatusTag int

const (
	StatusActive StatusTag = iota
	StatusSuspended
)

type Status struct {
	Tag    StatusTag
	Reason string
}

func (v Status) String() string {
	switch v.Tag {
	case StatusActive:
		return "Status.Active"
	}
	return "Status.Suspended { reason: " + lisette.FormatValue(v.Reason) + " }"
}

func (v Status) MarshalJSON() ([]byte, error) {
	switch v.Tag {
	case StatusActive:
		return lisette.MarshalUnitVariant("Active")
	}
	return lisette.MarshalStructVariant("Suspended", []string{"reason"}, v.Reason)
}

func (v *Status) UnmarshalJSON(data []byte) error {
	name, payload, err := lisette.UnmarshalVariant(data)
	if err != nil {
		return err
	}
	switch name {
	case "Active":
		err = lisette.UnmarshalTuplePayload("Active", payload)
		if err != nil {
			return err
		}
		*v = Status{Tag: StatusActive}
		return nil
	case "Suspended":
		var p0 string
		err = lisette.UnmarshalStructPayload("Suspended", payload, []string{"reason"}, &p0)
		if err != nil {
			return err
		}
		*v = Status{Tag: StatusSuspended, Reason: p0}
		return nil
	}
	return lisette.UnknownVariant("Status", name)
}

type Account struct {
	Name   string `json:"name"`
	Status Status `json:"status"`
}

func (v Account) String() string {
	return "Account { name: " + lisette.FormatValue(v.Name) + ", status: " + lisette.FormatValue(v.Status) + " }"
}

func main() {
	a := Account{Name: "ann", Status: Status{Tag: StatusSuspended, Reason: "spam"}}
	fmt.Println(a)
}
