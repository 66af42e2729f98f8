package main

import "fmt"

type DirectionTag int

const (
	DirectionNorth DirectionTag = iota
	DirectionSouth
)

type Direction struct {
	Tag DirectionTag
}

func (v Direction) String() string {
	switch v.Tag {
	case DirectionNorth:
		return "Direction.North"
	}
	return "Direction.South"
}

func flip(d Direction) Direction {
	if d.Tag == DirectionNorth {
		return Direction{Tag: DirectionSouth}
	}
	return Direction{Tag: DirectionNorth}
}

func main() {
	d := Direction{Tag: DirectionNorth}
	fmt.Println(d, flip(d))
}
