package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Slot struct {
	item lisette.Option[string]
}

func (v Slot) String() string {
	return "Slot { item: " + lisette.FormatValue(v.item) + " }"
}

func grab(slot *Slot) lisette.Option[string] {
	return slot.item.Take()
}

func main() {
	s := Slot{item: lisette.MakeOptionSome[string]("key")}
	r := &s
	fmt.Println(grab(r))
	fmt.Println(grab(r))
	fmt.Println(s)
}
