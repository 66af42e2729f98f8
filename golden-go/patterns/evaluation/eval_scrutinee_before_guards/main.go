package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func source() lisette.Tuple2[string, int] {
	fmt.Println("evaluating scrutinee")
	return lisette.Tuple2[string, int]{First: "disk", Second: 93}
}

func over(limit, value int) bool {
	fmt.Println("guard with limit", limit)
	return value > limit
}

func main() {
	subject := source()
	switch subject.First {
	case "net":
		v := subject.Second
		if over(50, v) {
			fmt.Println("network busy")
		} else {
			name := subject.First
			fmt.Println(name, "fine")
		}
	case "disk":
		v := subject.Second
		if over(95, v) {
			fmt.Println("disk critical")
		} else {
			v2 := subject.Second
			if over(90, v2) {
				fmt.Println("disk warning")
			} else {
				name := subject.First
				fmt.Println(name, "fine")
			}
		}
	default:
		name := subject.First
		fmt.Println(name, "fine")
	}
}
