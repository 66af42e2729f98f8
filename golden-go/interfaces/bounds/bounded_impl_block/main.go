package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shape interface {
	Area() float64
}

type Square struct {
	side float64
}

func (v Square) String() string {
	return "Square { side: " + lisette.FormatValue(v.side) + " }"
}

func (self Square) Area() float64 {
	return self.side * self.side
}

type Group[T any] struct {
	name    string
	members []T
}

func (v Group[T]) String() string {
	return "Group { name: " + lisette.FormatValue(v.name) + ", members: " + lisette.FormatValue(v.members) + " }"
}

func Group_total_area[T Shape](self Group[T]) float64 {
	return lisette.SliceFold(self.members, 0.0, func(acc float64, m T) float64 {
		return acc + m.Area()
	})
}

func Group_summary[T Shape](self Group[T]) string {
	return fmt.Sprintf("%v: %v shapes, area %v", self.name, len(self.members), Group_total_area(self))
}

func main() {
	tiles := Group[Square]{name: "tiles", members: []Square{Square{side: 0.5}, Square{side: 1.5}}}
	fmt.Println(Group_summary(tiles))
}
