package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type LevelTag int

const (
	LevelLow LevelTag = iota
	LevelHigh
)

type Level struct {
	Tag LevelTag
}

func (v Level) String() string {
	switch v.Tag {
	case LevelLow:
		return "Level.Low"
	}
	return "Level.High"
}

func (v Level) MarshalJSON() ([]byte, error) {
	switch v.Tag {
	case LevelLow:
		return lisette.MarshalUnitVariant("Low")
	}
	return lisette.MarshalUnitVariant("High")
}

func (v *Level) UnmarshalJSON(data []byte) error {
	name, payload, err := lisette.UnmarshalVariant(data)
	if err != nil {
		return err
	}
	switch name {
	case "Low":
		err = lisette.UnmarshalTuplePayload("Low", payload)
		if err != nil {
			return err
		}
		*v = Level{Tag: LevelLow}
		return nil
	case "High":
		err = lisette.UnmarshalTuplePayload("High", payload)
		if err != nil {
			return err
		}
		*v = Level{Tag: LevelHigh}
		return nil
	}
	return lisette.UnknownVariant("Level", name)
}

func main() {
	fmt.Println(Level{Tag: LevelHigh})
}
