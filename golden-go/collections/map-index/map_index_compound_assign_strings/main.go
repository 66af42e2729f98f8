package main

import "fmt"

func main() {
	initials := map[int]string{}
	for _, name := range []string{"ann", "al", "bea", "amy"} {
		size := len(name)
		initials[size] += name[0:1]
	}
	fmt.Println(initials)
}
