package main

import "fmt"

type LevelTag int

const (
	LevelLow LevelTag = iota
	LevelMedium
	LevelHigh
)

type Level struct {
	Tag LevelTag
}

func (v Level) String() string {
	switch v.Tag {
	case LevelLow:
		return "Level.Low"
	case LevelMedium:
		return "Level.Medium"
	}
	return "Level.High"
}

func classify(v int) Level {
	if v < 10 {
		return Level{Tag: LevelLow}
	} else if v < 100 {
		return Level{Tag: LevelMedium}
	} else {
		return Level{Tag: LevelHigh}
	}
}

func main() {
	levels := []Level{classify(3), classify(42), classify(1000)}
	fmt.Println(levels)
	hot := levels[2] == Level{Tag: LevelHigh}
	var label Level
	if hot {
		label = Level{Tag: LevelHigh}
	} else {
		label = Level{Tag: LevelLow}
	}
	fmt.Println(label)
}
