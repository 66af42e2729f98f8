package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	empty := []string{}
	seen := 0
	for {
		subject := lisette.SliceGet(empty, seen)
		if subject.Tag != lisette.OptionSome {
			break
		}
		seen += 1
	}
	fmt.Println("seen", seen)
}
