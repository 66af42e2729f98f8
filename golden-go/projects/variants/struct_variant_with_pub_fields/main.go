package main

import (
	"fmt"
	"golden/projects/variants/struct_variant_with_pub_fields/ui"
)

func width(e ui.Event) int {
	if e.Tag == ui.EventResize {
		w := e.W
		return w
	}
	return 0
}

func main() {
	e := ui.Event{Tag: ui.EventResize, W: 640, H: 480}
	fmt.Println(width(e), width(ui.Event{Tag: ui.EventClose}))
	fmt.Println(e)
}
