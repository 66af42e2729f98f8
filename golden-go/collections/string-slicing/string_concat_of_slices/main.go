package main

import "fmt"

func main() {
	first := "Ada"
	last := "Lovelace"
	full := first + " " + last
	initials := first[0:1] + last[0:1]
	fmt.Println(full, initials, len(full))
}
