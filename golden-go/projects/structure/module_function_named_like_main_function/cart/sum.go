package cart

import lisette "lisette.dev/prelude"

type Line struct {
	Cents int
	Qty   int
}

func (v Line) String() string {
	return "Line { cents: " + lisette.FormatValue(v.Cents) + ", qty: " + lisette.FormatValue(v.Qty) + " }"
}

func Total(lines []Line) int {
	return lisette.SliceFold(lines, 0, func(acc int, l Line) int {
		return acc + l.Cents*l.Qty
	})
}
