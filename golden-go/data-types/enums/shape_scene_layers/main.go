package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ShapeTag int

const (
	ShapeCircle ShapeTag = iota
	ShapeRect
	ShapeSegment
)

type Shape struct {
	Tag      ShapeTag
	Center   lisette.Tuple2[float64, float64]
	Radius   float64
	Corner   lisette.Tuple2[float64, float64]
	W        float64
	H        float64
	Segment0 lisette.Tuple2[float64, float64]
	Segment1 lisette.Tuple2[float64, float64]
}

func (v Shape) String() string {
	switch v.Tag {
	case ShapeCircle:
		return "Shape.Circle { center: " + lisette.FormatValue(v.Center) + ", radius: " + lisette.FormatValue(v.Radius) + " }"
	case ShapeRect:
		return "Shape.Rect { corner: " + lisette.FormatValue(v.Corner) + ", w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
	}
	return "Shape.Segment(" + lisette.FormatValue(v.Segment0) + ", " + lisette.FormatValue(v.Segment1) + ")"
}

type Layer struct {
	name    string
	shapes  []Shape
	visible bool
}

func (v Layer) String() string {
	return "Layer { name: " + lisette.FormatValue(v.name) + ", shapes: " + lisette.FormatValue(v.shapes) + ", visible: " + lisette.FormatValue(v.visible) + " }"
}

func lower(a, b float64) float64 {
	if a < b {
		return a
	} else {
		return b
	}
}

func upper(a, b float64) float64 {
	if a > b {
		return a
	} else {
		return b
	}
}

func (self Shape) Area() float64 {
	switch self.Tag {
	case ShapeCircle:
		radius := self.Radius
		return 3.0 * radius * radius
	case ShapeRect:
		w := self.W
		h := self.H
		return w * h
	case ShapeSegment:
		return 0.0
	}
	panic("unreachable")
}

func (self Shape) Bounds() lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]] {
	switch self.Tag {
	case ShapeCircle:
		center := self.Center
		radius := self.Radius
		lo := lisette.Tuple2[float64, float64]{First: center.First - radius, Second: center.Second - radius}
		hi := lisette.Tuple2[float64, float64]{First: center.First + radius, Second: center.Second + radius}
		return lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]{First: lo, Second: hi}
	case ShapeRect:
		corner := self.Corner
		w := self.W
		h := self.H
		return lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]{First: corner, Second: lisette.Tuple2[float64, float64]{First: corner.First + w, Second: corner.Second + h}}
	case ShapeSegment:
		a := self.Segment0
		b := self.Segment1
		return lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]{First: lisette.Tuple2[float64, float64]{First: lower(a.First, b.First), Second: lower(a.Second, b.Second)}, Second: lisette.Tuple2[float64, float64]{First: upper(a.First, b.First), Second: upper(a.Second, b.Second)}}
	}
	panic("unreachable")
}

func (self Shape) Moved(dx, dy float64) Shape {
	switch self.Tag {
	case ShapeCircle:
		center := self.Center
		radius := self.Radius
		return Shape{Tag: ShapeCircle, Center: lisette.Tuple2[float64, float64]{First: center.First + dx, Second: center.Second + dy}, Radius: radius}
	case ShapeRect:
		corner := self.Corner
		w := self.W
		h := self.H
		return Shape{Tag: ShapeRect, Corner: lisette.Tuple2[float64, float64]{First: corner.First + dx, Second: corner.Second + dy}, W: w, H: h}
	case ShapeSegment:
		a := self.Segment0
		b := self.Segment1
		return Shape{Tag: ShapeSegment, Segment0: lisette.Tuple2[float64, float64]{First: a.First + dx, Second: a.Second + dy}, Segment1: lisette.Tuple2[float64, float64]{First: b.First + dx, Second: b.Second + dy}}
	}
	panic("unreachable")
}

func (self *Layer) Add(s Shape) {
	self.shapes = append(self.shapes, s)
}

func (self Layer) Total_area() float64 {
	t := 0.0
	for _, s := range self.shapes {
		t += s.Area()
	}
	return t
}

func (self *Layer) Shift_all(dx, dy float64) {
	i := 0
	for i < len(self.shapes) {
		self.shapes[i] = self.shapes[i].Moved(dx, dy)
		i += 1
	}
}

func scene_bounds(layers []Layer) lisette.Option[lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]] {
	acc := lisette.MakeOptionNone[lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]]()
	for _, layer := range layers {
		if !layer.visible {
			continue
		}
		for _, s := range layer.shapes {
			subject := s.Bounds()
			lo := subject.First
			hi := subject.Second
			if acc.Tag == lisette.OptionNone {
				acc = lisette.MakeOptionSome[lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]](lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]{First: lo, Second: hi})
			} else {
				alo := acc.SomeVal.First
				ahi := acc.SomeVal.Second
				new_lo := lisette.Tuple2[float64, float64]{First: lower(alo.First, lo.First), Second: lower(alo.Second, lo.Second)}
				new_hi := lisette.Tuple2[float64, float64]{First: upper(ahi.First, hi.First), Second: upper(ahi.Second, hi.Second)}
				acc = lisette.MakeOptionSome[lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]](lisette.Tuple2[lisette.Tuple2[float64, float64], lisette.Tuple2[float64, float64]]{First: new_lo, Second: new_hi})
			}
		}
	}
	return acc
}

func main() {
	base := Layer{name: "base", shapes: []Shape{}, visible: true}
	base.Add(Shape{Tag: ShapeRect, Corner: lisette.Tuple2[float64, float64]{First: 0.0, Second: 0.0}, W: 4.0, H: 2.5})
	base.Add(Shape{Tag: ShapeCircle, Center: lisette.Tuple2[float64, float64]{First: 1.0, Second: 1.0}, Radius: 0.5})
	notes := Layer{name: "notes", shapes: []Shape{Shape{Tag: ShapeSegment, Segment0: lisette.Tuple2[float64, float64]{First: 0.0, Second: 0.0}, Segment1: lisette.Tuple2[float64, float64]{First: -2.0, Second: 3.0}}}, visible: false}
	fmt.Printf("%v: %v shapes, area %v\n", base.name, len(base.shapes), base.Total_area())
	base.Shift_all(1.0, -1.0)
	fmt.Println(base.shapes[1])
	fmt.Println(base.shapes[0].Bounds())
	fmt.Println(scene_bounds([]Layer{base, notes}))
	notes.visible = true
	fmt.Println(scene_bounds([]Layer{base, notes}))
	hidden := Layer{visible: false, name: notes.name, shapes: notes.shapes}
	fmt.Println(hidden.visible, notes.visible)
	fmt.Println(notes)
	fmt.Println(scene_bounds([]Layer{hidden}))
}
