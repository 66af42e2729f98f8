package main

import "fmt"

func plural(word string) string {
	switch word {
	case "child":
		return "children"
	case "mouse":
		return "mice"
	case "person":
		return "people"
	default:
		w := word
		return w + "s"
	}
}

func main() {
	fmt.Println(plural("mouse"), plural("cat"), plural("person"), plural("child"))
}
