package roster

import (
	"golden/projects/programs/school_grades_roster/school"
	lisette "lisette.dev/prelude"
)

type Student struct {
	Name   string
	scores []int
}

func (v Student) String() string {
	return "Student { name: " + lisette.FormatValue(v.Name) + ", scores: " + lisette.FormatValue(v.scores) + " }"
}

func Student_New(name string, scores []int) Student {
	return Student{Name: name, scores: scores}
}

func (self Student) Average() int {
	if len(self.scores) == 0 {
		return 0
	}
	return lisette.SliceFold(self.scores, 0, func(a, b int) int {
		return a + b
	}) / len(self.scores)
}

func (self Student) Grade() school.Grade {
	return school.Grade_(self.Average())
}
