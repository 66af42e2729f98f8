package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Queue struct {
	items []string
}

func (v Queue) String() string {
	return "Queue { items: " + lisette.FormatValue(v.items) + " }"
}

func push_twice(q *Queue, item string) {
	q.items = append(q.items, item)
	q.items = append(q.items, item)
}

func (self *Queue) Add_pair(item string) {
	push_twice(self, item)
}

func main() {
	q := Queue{items: []string{}}
	q.Add_pair("x")
	q.Add_pair("y")
	fmt.Println(q.items, len(q.items))
}
