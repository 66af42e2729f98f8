package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func head(xs []string) string {
	defer fmt.Println("checked", len(xs), "items")
	subject := lisette.SliceGet(xs, 0)
	if subject.Tag != lisette.OptionSome {
		return "empty"
	}
	first := subject.SomeVal
	return first
}

func main() {
	fmt.Println(head([]string{"tea", "milk"}))
	none := []string{}
	fmt.Println(head(none))
}
