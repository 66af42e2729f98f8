package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Point struct {
	X int `json:"x"`
	Y int `json:"y"`
}

func (v Point) String() string {
	return "Point { x: " + lisette.FormatValue(v.X) + ", y: " + lisette.FormatValue(v.Y) + " }"
}

type Path struct {
	Name   string                `json:"name,omitempty"`
	Points []Point               `json:"points,omitempty"`
	Start  lisette.Option[Point] `json:"start,omitempty,omitzero"`
}

func (v Path) String() string {
	return "Path { name: " + lisette.FormatValue(v.Name) + ", points: " + lisette.FormatValue(v.Points) + ", start: " + lisette.FormatValue(v.Start) + " }"
}

func (self Path) Length() int {
	return len(self.Points)
}

func main() {
	p := Path{Name: "p", Points: []Point{Point{X: 1, Y: 2}, Point{X: 3, Y: 4}}, Start: lisette.MakeOptionSome[Point](Point{X: 0, Y: 0})}
	r := &p
	fmt.Println(r.Points[1].X, r.Length(), p.Start)
}
