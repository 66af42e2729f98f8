package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Line struct {
	item  string
	qty   int
	price float64
}

func (v Line) String() string {
	return "Line { item: " + lisette.FormatValue(v.item) + ", qty: " + lisette.FormatValue(v.qty) + ", price: " + lisette.FormatValue(v.price) + " }"
}

func render(lines []Line) string {
	sb := strings.Builder{}
	total := 0.0
	for _, l := range lines {
		sum := l.price * (float64(l.qty))
		total += sum
		fmt.Fprintf(&sb, "%-8s %3d x %6.2f = %7.2f\n", l.item, l.qty, l.price, sum)
	}
	fmt.Fprintf(&sb, "%-8s %22.2f\n", "TOTAL", total)
	return sb.String()
}

func main() {
	text := render([]Line{Line{item: "pen", qty: 3, price: 1.25}, Line{item: "notebook", qty: 2, price: 4.5}, Line{item: "ink", qty: 10, price: 0.99}})
	fmt.Print(text)
}
