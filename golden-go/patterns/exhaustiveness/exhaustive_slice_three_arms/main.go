package main

import "fmt"

func summary(xs []string) string {
	switch {
	case len(xs) == 0:
		return "no names"
	case len(xs) == 1:
		only := xs[0]
		return only
	case len(xs) >= 2:
		first := xs[0]
		return fmt.Sprintf("%v and others", first)
	}
	panic("unreachable")
}

func main() {
	none := []string{}
	fmt.Println(summary(none))
	fmt.Println(summary([]string{"ivy"}))
	fmt.Println(summary([]string{"ivy", "oak"}))
	fmt.Println(summary([]string{"ivy", "oak", "elm"}))
}
