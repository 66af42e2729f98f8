package main

import (
	"fmt"
	"golden/projects/methods/value_receiver_returns_changed_copy/people"
)

func main() {
	before := people.Person{Name: "Ola", City: "Oslo"}
	after := before.Moved_to("Rome")
	fmt.Println(before.City, after.City)
}
