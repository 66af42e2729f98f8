package main

import "fmt"

func main() {
	d := Direction{Tag: DirectionWest}
	fmt.Println(d, turn_left(d))
}

func turn_left(d Direction) Direction {
	switch d.Tag {
	case DirectionNorth:
		return Direction{Tag: DirectionWest}
	case DirectionWest:
		return Direction{Tag: DirectionSouth}
	case DirectionSouth:
		return Direction{Tag: DirectionEast}
	case DirectionEast:
		return Direction{Tag: DirectionNorth}
	}
	panic("unreachable")
}

type DirectionTag int

const (
	DirectionNorth DirectionTag = iota
	DirectionEast
	DirectionSouth
	DirectionWest
)

type Direction struct {
	Tag DirectionTag
}

func (v Direction) String() string {
	switch v.Tag {
	case DirectionNorth:
		return "Direction.North"
	case DirectionEast:
		return "Direction.East"
	case DirectionSouth:
		return "Direction.South"
	}
	return "Direction.West"
}
