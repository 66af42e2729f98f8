package main

import "fmt"

func reset(flags []bool, at int) {
	flags[at] = false
}

func main() {
	flags := []bool{true, true, true}
	reset(flags, 1)
	fmt.Println(flags)
}
