package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Row interface {
	Cells() []string
}

type Item struct {
	sku string
	qty int
}

func (v Item) String() string {
	return "Item { sku: " + lisette.FormatValue(v.sku) + ", qty: " + lisette.FormatValue(v.qty) + " }"
}

func (self Item) Cells() []string {
	return []string{self.sku, fmt.Sprintf("%v", self.qty)}
}

func render[T Row](rows []T, sep string) []string {
	return lisette.SliceMap(rows, func(r T) string {
		return strings.Join(r.Cells(), sep)
	})
}

func main() {
	lines := render([]Item{Item{sku: "A-1", qty: 4}, Item{sku: "B-7", qty: 0}}, " | ")
	for _, line := range lines {
		fmt.Println(line)
	}
}
