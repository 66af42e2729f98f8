package main

import "fmt"

func range_(map_, chan_ int) int {
	return map_ * chan_
}

func main() {
	func_ := 6
	go_ := 7
	default_ := range_(func_, go_)
	default_ += 1
	package_ := "box"
	switch_ := true
	case_ := 'c'
	goto_ := 2.5
	fallthrough_ := default_ - 40
	fmt.Println(default_, package_, switch_, case_, goto_, fallthrough_)
}
