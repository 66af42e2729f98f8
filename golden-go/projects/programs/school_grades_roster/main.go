package main

import (
	"fmt"
	"golden/projects/programs/school_grades_roster/school"
	"golden/projects/programs/school_grades_roster/school/roster"
	lisette "lisette.dev/prelude"
)

func main() {
	class := []roster.Student{roster.Student_New("Ana", []int{95, 88, 92}), roster.Student_New("Ben", []int{70, 65, 80}), roster.Student_New("Cleo", []int{40, 55}), roster.Student_New("Dev", []int{})}
	for _, s := range class {
		g := s.Grade()
		fmt.Println(s.Name, s.Average(), g, school.Passed(g))
	}
	passing := lisette.SliceMap(lisette.SliceFilter(class, func(s roster.Student) bool {
		return school.Passed(s.Grade())
	}), func(s roster.Student) string {
		return s.Name
	})
	fmt.Println(passing)
}
