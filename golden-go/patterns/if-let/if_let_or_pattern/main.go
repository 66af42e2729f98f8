package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type MoveTag int

const (
	MoveWalk MoveTag = iota
	MoveRun
	MoveRest
)

type Move struct {
	Tag  MoveTag
	Walk int
	Run  int
}

func (v Move) String() string {
	switch v.Tag {
	case MoveWalk:
		return "Move.Walk(" + lisette.FormatValue(v.Walk) + ")"
	case MoveRun:
		return "Move.Run(" + lisette.FormatValue(v.Run) + ")"
	}
	return "Move.Rest"
}

func main() {
	moves := []Move{Move{Tag: MoveWalk, Walk: 3}, Move{Tag: MoveRest}, Move{Tag: MoveRun, Run: 10}, Move{Tag: MoveWalk, Walk: 2}}
	distance := 0
	for _, m := range moves {
		switch m.Tag {
		case MoveWalk:
			d := m.Walk
			distance += d
		case MoveRun:
			d := m.Run
			distance += d
		default:
			fmt.Println("resting at", distance)
		}
	}
	fmt.Println("distance", distance)
}
