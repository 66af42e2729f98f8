package main

import "fmt"

type LevelTag int

const (
	LevelLow LevelTag = iota
	LevelHigh
	LevelBroken
)

type Level struct {
	Tag LevelTag
}

func (v Level) String() string {
	switch v.Tag {
	case LevelLow:
		return "Level.Low"
	case LevelHigh:
		return "Level.High"
	}
	return "Level.Broken"
}

func weight(l Level) int {
	switch l.Tag {
	case LevelLow:
		return 1
	case LevelHigh:
		return 10
	case LevelBroken:
		panic("broken level")
	}
	panic("unreachable")
}

func main() {
	fmt.Println(weight(Level{Tag: LevelLow}))
	fmt.Println(weight(Level{Tag: LevelHigh}))
	fmt.Println(weight(Level{Tag: LevelBroken}))
	fmt.Println("not reached")
}
