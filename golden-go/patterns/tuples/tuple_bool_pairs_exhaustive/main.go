package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func door(locked, open bool) string {
	subject := lisette.Tuple2[bool, bool]{First: locked, Second: open}
	if subject.First {
		if subject.Second {
			return "impossible"
		}
		return "locked"
	}
	if subject.Second {
		return "open"
	}
	return "closed"
}

func main() {
	fmt.Println(door(true, false))
	fmt.Println(door(false, true))
	fmt.Println(door(false, false))
	fmt.Println(door(true, true))
}
