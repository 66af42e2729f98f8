package main

import (
	"fmt"
	"strings"
)

func switch_label(on bool) string {
	if on {
		return "ON"
	}
	return "off"
}

func main() {
	states := []bool{true, false, false, true}
	labels := []string{}
	for _, s := range states {
		labels = append(labels, switch_label(s))
	}
	fmt.Println(strings.Join(labels, " "))
}
