package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type Solid interface {
	Shape
	Volume() float64
}

type Rect struct {
	w float64
	h float64
}

func (v Rect) String() string {
	return "Rect { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + " }"
}

type Square struct {
	side float64
}

func (v Square) String() string {
	return "Square { side: " + lisette.FormatValue(v.side) + " }"
}

type RightTriangle struct {
	a float64
	b float64
	c float64
}

func (v RightTriangle) String() string {
	return "RightTriangle { a: " + lisette.FormatValue(v.a) + ", b: " + lisette.FormatValue(v.b) + ", c: " + lisette.FormatValue(v.c) + " }"
}

type Cube struct {
	edge float64
}

func (v Cube) String() string {
	return "Cube { edge: " + lisette.FormatValue(v.edge) + " }"
}

type Crate struct {
	w float64
	h float64
	d float64
}

func (v Crate) String() string {
	return "Crate { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + ", d: " + lisette.FormatValue(v.d) + " }"
}

func (self Rect) Area() float64 {
	return self.w * self.h
}

func (self Rect) Perimeter() float64 {
	return 2.0 * (self.w + self.h)
}

func (self Rect) Name() string {
	return "rect"
}

func (self Square) Area() float64 {
	return self.side * self.side
}

func (self Square) Perimeter() float64 {
	return 4.0 * self.side
}

func (self Square) Name() string {
	return "square"
}

func (self RightTriangle) Area() float64 {
	return self.a * self.b / 2.0
}

func (self RightTriangle) Perimeter() float64 {
	return self.a + self.b + self.c
}

func (self RightTriangle) Name() string {
	return "triangle"
}

func (self Cube) Area() float64 {
	return 6.0 * self.edge * self.edge
}

func (self Cube) Perimeter() float64 {
	return 12.0 * self.edge
}

func (self Cube) Name() string {
	return "cube"
}

func (self Cube) Volume() float64 {
	return self.edge * self.edge * self.edge
}

func (self Crate) Area() float64 {
	return 2.0 * (self.w*self.h + self.h*self.d + self.w*self.d)
}

func (self Crate) Perimeter() float64 {
	return 4.0 * (self.w + self.h + self.d)
}

func (self Crate) Name() string {
	return "crate"
}

func (self Crate) Volume() float64 {
	return self.w * self.h * self.d
}

func largest[S Shape](v []S) S {
	best := v[0]
	for _, s := range v {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func total_area(shapes []Shape) float64 {
	return lisette.SliceFold(shapes, 0.0, func(acc float64, s Shape) float64 {
		return acc + s.Area()
	})
}

func describe(s Shape) string {
	return fmt.Sprintf("%v: area %v, perimeter %v", s.Name(), s.Area(), s.Perimeter())
}

type Scene struct {
	title  string
	items  []Shape
	solids []Solid
	labels map[string]Shape
}

func (v Scene) String() string {
	return "Scene { title: " + lisette.FormatValue(v.title) + ", items: " + lisette.FormatValue(v.items) + ", solids: " + lisette.FormatValue(v.solids) + ", labels: " + lisette.FormatValue(v.labels) + " }"
}

func (self *Scene) Add(label string, s Shape) {
	self.items = append(self.items, s)
	self.labels[label] = s
}

func (self *Scene) Add_solid(label string, s Solid) {
	self.solids = append(self.solids, s)
	self.Add(label, s)
}

func (self Scene) Find(label string) lisette.Option[Shape] {
	return lisette.MapGet(self.labels, label)
}

func main() {
	scene := Scene{title: "workshop", items: []Shape{}, solids: []Solid{}, labels: map[string]Shape{}}
	scene.Add("floor", Rect{w: 4.0, h: 2.5})
	scene.Add("tile", Square{side: 1.5})
	scene.Add("ramp", RightTriangle{a: 3.0, b: 4.0, c: 5.0})
	scene.Add_solid("dice", Cube{edge: 2.0})
	scene.Add_solid("box", Crate{w: 1.0, h: 2.0, d: 3.0})
	fmt.Printf("== %v (%v items)\n", scene.title, len(scene.items))
	for _, s := range scene.items {
		fmt.Println(describe(s))
	}
	fmt.Println("total area", total_area(scene.items))
	biggest := largest(scene.items)
	fmt.Println("largest item:", biggest.Name())
	tiles := []Square{Square{side: 1.0}, Square{side: 2.5}, Square{side: 2.0}}
	big_tile := largest(tiles)
	fmt.Println("largest tile side", big_tile.side)
	volume := 0.0
	for _, s := range scene.solids {
		fmt.Printf("%v holds %v\n", s.Name(), s.Volume())
		volume += s.Volume()
	}
	fmt.Println("total volume", volume)
	hulls := lisette.SliceMap(scene.solids, func(s Solid) Shape {
		return Shape(s)
	})
	fmt.Println("solid surface", total_area(hulls))
	for _, label := range []string{"ramp", "roof", "tile"} {
		subject := scene.Find(label)
		if subject.Tag == lisette.OptionSome {
			s := subject.SomeVal
			fmt.Println(label, "=>", s)
		} else {
			fmt.Println(label, "=> nothing")
		}
	}
	roomy := lisette.SliceMap(lisette.SliceFilter(scene.items, func(s Shape) bool {
		return s.Area() > 5.0
	}), func(s Shape) string {
		return s.Name()
	})
	fmt.Println(roomy)
}
