package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type GradeTag int

const (
	GradeA GradeTag = iota
	GradeB
	GradeC
)

type Grade struct {
	Tag GradeTag
}

func (v Grade) String() string {
	switch v.Tag {
	case GradeA:
		return "Grade.A"
	case GradeB:
		return "Grade.B"
	}
	return "Grade.C"
}

func main() {
	grades := []Grade{Grade{Tag: GradeA}, Grade{Tag: GradeC}, Grade{Tag: GradeB}, Grade{Tag: GradeA}}
	points := lisette.SliceMap(grades, func(g Grade) int {
		switch g.Tag {
		case GradeA:
			return 4
		case GradeB:
			return 3
		case GradeC:
			return 2
		}
		panic("unreachable")
	})
	fmt.Println(points, lisette.SliceFold(points, 0, func(acc, p int) int {
		return acc + p
	}))
}
