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

type Rect struct {
	w float64
	h float64
}

func (v Rect) String() string {
	return "Rect { w: " + lisette.FormatValue(v.w) + ", h: " + lisette.FormatValue(v.h) + " }"
}

func (self Square) Area() float64 {
	return self.side * self.side
}

func (self Rect) Area() float64 {
	return self.w * self.h
}

func sort_by_area(shapes []Shape) {
	for i, end := 1, len(shapes); i < end; i++ {
		j := i
		for j > 0 && shapes[j-1].Area() > shapes[j].Area() {
			tmp := shapes[j]
			shapes[j] = shapes[j-1]
			shapes[j-1] = tmp
			j -= 1
		}
	}
}

func main() {
	shapes := []Shape{Rect{w: 3.0, h: 3.0}, Square{side: 1.0}, Rect{w: 0.5, h: 4.0}, Square{side: 2.5}}
	sort_by_area(shapes)
	for _, s := range shapes {
		fmt.Println(s.Area(), s)
	}
}
