package main

import (
	"fmt"
	"golden/projects/generics/module_generic_holds_main_type/coll"
	lisette "lisette.dev/prelude"
)

type Ticket struct {
	id    int
	topic string
}

func (v Ticket) String() string {
	return "Ticket { id: " + lisette.FormatValue(v.id) + ", topic: " + lisette.FormatValue(v.topic) + " }"
}

func main() {
	q := coll.Queue_New[Ticket]()
	q.Add(Ticket{id: 1, topic: "login"})
	q.Add(Ticket{id: 2, topic: "billing"})
	fmt.Println(q.Take())
	fmt.Println(q.Take())
	fmt.Println(q.Take())
}
