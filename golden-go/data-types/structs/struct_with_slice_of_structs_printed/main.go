package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Member struct {
	name string
	age  int
}

func (v Member) String() string {
	return "Member { name: " + lisette.FormatValue(v.name) + ", age: " + lisette.FormatValue(v.age) + " }"
}

type Team struct {
	name    string
	members []Member
}

func (v Team) String() string {
	return "Team { name: " + lisette.FormatValue(v.name) + ", members: " + lisette.FormatValue(v.members) + " }"
}

func main() {
	t := Team{name: "red", members: []Member{Member{name: "ari", age: 30}, Member{name: "bo", age: 25}}}
	fmt.Println(t)
}
