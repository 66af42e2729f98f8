package main

import (
	"fmt"
	"golden/projects/variants/struct_variant_fields_follow_enum/ui"
)

func main() {
	events := []ui.Event{ui.Event{Tag: ui.EventClick, X: 3, Y: 9}, ui.Event{Tag: ui.EventKey, Key: "q"}, ui.Event{Tag: ui.EventQuit}}
	for _, e := range events {
		switch e.Tag {
		case ui.EventClick:
			x := e.X
			y := e.Y
			fmt.Printf("click at %v,%v\n", x, y)
		case ui.EventKey:
			k := e.Key
			fmt.Printf("key %v\n", k)
		case ui.EventQuit:
			fmt.Println("bye")
		}
	}
	fmt.Println(events[0])
}
