package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Point struct {
	x int
	y int
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.x) + ", y: " + lisette.FormatValue(v.y) + " }"
}

func main() {
	s1 := fmt.Sprint("a", 1, 2, "b", 3.5, true)
	fmt.Printf("[%v]\n", s1)
	s2 := fmt.Sprintln("x", 1, "y")
	fmt.Print(s2)
	fmt.Println(len(s2))
	p := Point{x: 1, y: -2}
	fmt.Println(fmt.Sprintf("%v|%v|%v|%q", p, []int{1, 2, 3}, []string{"a", "b"}, "q"))
	fmt.Println(fmt.Sprint(), len(fmt.Sprint()))
}
