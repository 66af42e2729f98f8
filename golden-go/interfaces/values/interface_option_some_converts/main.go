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

func biggest_fit(limit float64) lisette.Option[Shape] {
	if limit < 1.0 {
		return lisette.MakeOptionNone[Shape]()
	}
	side := 1.0
	for (side+1.0)*(side+1.0) <= limit {
		side += 1.0
	}
	return lisette.MakeOptionSome[Shape](Square{side: side})
}

func main() {
	preset := lisette.MakeOptionSome[Shape](Square{side: 0.5})
	for _, limit := range []float64{0.5, 10.0} {
		subject := biggest_fit(limit)
		if subject.Tag == lisette.OptionSome {
			s := subject.SomeVal
			fmt.Println(limit, "->", s.Area())
		} else {
			fmt.Println(limit, "-> nothing fits")
		}
	}
	if preset.Tag == lisette.OptionSome {
		p := preset.SomeVal
		fmt.Println("preset", p.Area())
	}
}
