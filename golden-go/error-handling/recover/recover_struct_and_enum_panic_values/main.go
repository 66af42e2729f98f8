package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Point struct {
	x int
	y int
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

type LevelTag int

const (
	LevelLow LevelTag = iota
	LevelCritical
)

type Level struct {
	Tag      LevelTag
	Critical int
}

func (v Level) String() string {
	switch v.Tag {
	case LevelLow:
		return "Level.Low"
	}
	return "Level.Critical(" + lisette.FormatValue(v.Critical) + ")"
}

func check_point(p Point) int {
	if p.x < 0 {
		panic(p)
	}
	return p.x + p.y
}

func check_level(l Level) int {
	if l.Tag == LevelLow {
		return 1
	}
	panic(l)
}

func main() {
	a := lisette.RecoverBlock(func() int {
		return check_point(Point{x: -1, y: 2})
	})
	b := lisette.RecoverBlock(func() int {
		return check_level(Level{Tag: LevelCritical, Critical: 9})
	})
	c := lisette.RecoverBlock(func() int {
		return check_level(Level{Tag: LevelLow})
	})
	if a.Tag == lisette.ResultOk {
		v := a.OkVal
		fmt.Println(v)
	} else {
		pv := a.ErrVal
		fmt.Println(pv.Message())
	}
	if b.Tag == lisette.ResultOk {
		v := b.OkVal
		fmt.Println(v)
	} else {
		pv := b.ErrVal
		fmt.Println(pv.Message())
	}
	fmt.Println(c)
}
