package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Task interface {
	Minutes() int
}

type Meeting struct {
	people int
}

func (v Meeting) String() string {
	return "Meeting { people: " + lisette.FormatValue(v.people) + " }"
}

type Review struct {
	files int
}

func (v Review) String() string {
	return "Review { files: " + lisette.FormatValue(v.files) + " }"
}

func (self Meeting) Minutes() int {
	return 15 + self.people*5
}

func (self Review) Minutes() int {
	return self.files * 3
}

func main() {
	day := []Task{Meeting{people: 3}, Review{files: 4}}
	day = append(day, Review{files: 10})
	day = append(day, Meeting{people: 1}, Review{files: 1})
	total := lisette.SliceFold(day, 0, func(acc int, t Task) int {
		return acc + t.Minutes()
	})
	fmt.Println(len(day), total)
}
