package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func reject(label string) bool {
	fmt.Println("guard", label)
	return false
}

func main() {
	pair := lisette.Tuple2[int, int]{First: 0, Second: 0}
	var text string
	if pair.First == 0 {
		if reject("axis") {
			text = "never"
		} else if pair.Second == 0 {
			if reject("axis") {
				text = "never"
			} else {
				text = "on an axis"
			}
		} else {
			text = "on an axis"
		}
	} else if pair.Second == 0 {
		if reject("axis") {
			text = "never"
		} else {
			text = "on an axis"
		}
	} else {
		text = "elsewhere"
	}
	fmt.Println(text)
	other := lisette.Tuple2[int, int]{First: 0, Second: 7}
	var text2 string
	if other.First == 0 {
		if reject("second") {
			text2 = "never"
		} else if other.Second == 0 {
			if reject("second") {
				text2 = "never"
			} else {
				text2 = "not taken"
			}
		} else {
			text2 = "not taken"
		}
	} else if other.Second == 0 {
		if reject("second") {
			text2 = "never"
		} else {
			text2 = "not taken"
		}
	} else {
		text2 = "not taken"
	}
	fmt.Println(text2)
}
