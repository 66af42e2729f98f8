package main

import "fmt"

func main() {
	on := false
	var text string
	if on {
		text = "on"
	} else {
		text = "off"
	}
	fmt.Println(text)
}
