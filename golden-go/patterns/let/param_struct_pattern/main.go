package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Employee struct {
	name   string
	salary int
	team   string
}

func (v Employee) String() string {
	return "Employee { name: " + lisette.FormatValue(v.name) + ", salary: " + lisette.FormatValue(v.salary) + ", team: " + lisette.FormatValue(v.team) + " }"
}

func yearly(arg Employee) int {
	salary := arg.salary
	return salary * 12
}

func tag(arg2 Employee) string {
	name := arg2.name
	team := arg2.team
	return fmt.Sprintf("%v@%v", name, team)
}

func main() {
	e := Employee{name: "kim", salary: 4000, team: "infra"}
	fmt.Println(yearly(e), tag(e))
}
