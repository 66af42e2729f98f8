package main

import (
	"cmp"
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
	"strings"
)

type Employee struct {
	name   string
	dept   string
	salary int
}

func (v Employee) String() string {
	return "Employee { name: " + lisette.FormatValue(v.name) + ", dept: " + lisette.FormatValue(v.dept) + ", salary: " + lisette.FormatValue(v.salary) + " }"
}

func main() {
	staff := []Employee{Employee{name: "Zoe", dept: "ops", salary: 5200}, Employee{name: "Adam", dept: "dev", salary: 6100}, Employee{name: "Bea", dept: "dev", salary: 7300}, Employee{name: "Cal", dept: "ops", salary: 5200}, Employee{name: "Dora", dept: "dev", salary: 6100}}
	slices.SortFunc(staff, func(a, b Employee) int {
		return cmp.Or(strings.Compare(a.dept, b.dept), b.salary-a.salary, strings.Compare(a.name, b.name))
	})
	for _, e := range staff {
		fmt.Printf("%-4s %-5s %d\n", e.dept, e.name, e.salary)
	}
	sorted := slices.IsSortedFunc(staff, func(a, b Employee) int {
		return strings.Compare(a.dept, b.dept)
	})
	fmt.Println(sorted)
}
