package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type DirectionTag int

const (
	DirectionNorth DirectionTag = iota
	DirectionSouth
	DirectionEast
	DirectionWest
)

type Direction struct {
	Tag DirectionTag
}

func (v Direction) String() string {
	switch v.Tag {
	case DirectionNorth:
		return "Direction.North"
	case DirectionSouth:
		return "Direction.South"
	case DirectionEast:
		return "Direction.East"
	}
	return "Direction.West"
}

type CommandTag int

const (
	CommandMove CommandTag = iota
	CommandTurn
	CommandStop
)

type Command struct {
	Tag   CommandTag
	Move0 Direction
	Move1 int
	Turn  Direction
}

func (v Command) String() string {
	switch v.Tag {
	case CommandMove:
		return "Command.Move(" + lisette.FormatValue(v.Move0) + ", " + lisette.FormatValue(v.Move1) + ")"
	case CommandTurn:
		return "Command.Turn(" + lisette.FormatValue(v.Turn) + ")"
	}
	return "Command.Stop"
}

func describe(c Command) string {
	switch c.Tag {
	case CommandMove:
		switch c.Move0.Tag {
		case DirectionNorth:
			n := c.Move1
			return fmt.Sprintf("north %v", n)
		case DirectionSouth:
			n := c.Move1
			return fmt.Sprintf("south %v", n)
		default:
			if c.Move1 == 0 {
				return "sideways nowhere"
			}
			d := c.Move0
			n := c.Move1
			return fmt.Sprintf("sideways %v %v", d, n)
		}
	case CommandTurn:
		if c.Turn.Tag == DirectionEast || c.Turn.Tag == DirectionWest {
			return "turn sideways"
		}
		return "turn around"
	case CommandStop:
		return "stop"
	}
	panic("unreachable")
}

func main() {
	plan := []Command{Command{Tag: CommandMove, Move0: Direction{Tag: DirectionNorth}, Move1: 3}, Command{Tag: CommandMove, Move0: Direction{Tag: DirectionWest}, Move1: 0}, Command{Tag: CommandMove, Move0: Direction{Tag: DirectionEast}, Move1: 2}, Command{Tag: CommandTurn, Turn: Direction{Tag: DirectionWest}}, Command{Tag: CommandTurn, Turn: Direction{Tag: DirectionSouth}}, Command{Tag: CommandStop}}
	for _, c := range plan {
		fmt.Println(describe(c))
	}
}
