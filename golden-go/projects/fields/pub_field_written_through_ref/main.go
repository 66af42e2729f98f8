package main

import (
	"fmt"
	"golden/projects/fields/pub_field_written_through_ref/people"
)

func main() {
	p := people.Person{Name: "Noor", Age: 29}
	r := &p
	r.Age += 1
	fmt.Println(p.Age, r.Name)
}
