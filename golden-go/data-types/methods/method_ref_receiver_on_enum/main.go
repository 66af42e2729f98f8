package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type DoorTag int

const (
	DoorOpen DoorTag = iota
	DoorClosed
	DoorLocked
)

type Door struct {
	Tag    DoorTag
	Locked int
}

func (v Door) String() string {
	switch v.Tag {
	case DoorOpen:
		return "Door.Open"
	case DoorClosed:
		return "Door.Closed"
	}
	return "Door.Locked(" + lisette.FormatValue(v.Locked) + ")"
}

func (self *Door) Lock(code int) {
	*self = Door{Tag: DoorLocked, Locked: code}
}

func (self Door) Is_locked() bool {
	if self.Tag == DoorLocked {
		return true
	}
	return false
}

func main() {
	front := Door{Tag: DoorClosed}
	fmt.Println(front.Is_locked())
	front.Lock(1234)
	fmt.Println(front, front.Is_locked(), Door{Tag: DoorOpen})
}
