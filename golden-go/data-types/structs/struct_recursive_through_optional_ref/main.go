package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Node struct {
	value int
	next  lisette.Option[*Node]
}

func (v Node) String() string {
	return "Node { value: " + lisette.FormatValue(v.value) + ", next: " + lisette.FormatValue(v.next) + " }"
}

func main() {
	third := Node{value: 3, next: lisette.MakeOptionNone[*Node]()}
	second := Node{value: 2, next: lisette.MakeOptionSome[*Node](&third)}
	first := Node{value: 1, next: lisette.MakeOptionSome[*Node](&second)}
	total := 0
	cur := lisette.MakeOptionSome[*Node](&first)
	for cur.Tag == lisette.OptionSome {
		n := cur.SomeVal
		total += n.value
		cur = n.next
	}
	fmt.Println(total)
}
