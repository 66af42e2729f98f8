package main

import "fmt"

func main() {
	log := []string{"boot", "load", "run", "halt"}
	subject := log[1:len(log):len(log)]
	if len(subject) >= 2 && subject[0] == "load" {
		next := subject[1]
		fmt.Println("after load:", next)
	} else {
		fmt.Println("unexpected")
	}
	subject2 := log[3:len(log):len(log)]
	if len(subject2) == 1 {
		last := subject2[0]
		fmt.Println("last:", last)
	} else {
		fmt.Println("more than one")
	}
}
