package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Priced interface {
	Cents() int
}

type Named interface {
	Name() string
}

type Fruit struct {
	kind  string
	grams int
}

func (v Fruit) String() string {
	return "Fruit { kind: " + lisette.FormatValue(v.kind) + ", grams: " + lisette.FormatValue(v.grams) + " }"
}

func (self Fruit) Cents() int {
	return self.grams / 10
}

func (self Fruit) Name() string {
	return self.kind
}

func receipt[T interface {
	Priced
	Named
}](items []T) int {
	total := 0
	for _, it := range items {
		fmt.Printf("%v: %v\n", it.Name(), it.Cents())
		total += it.Cents()
	}
	return total
}

func main() {
	total := receipt([]Fruit{Fruit{kind: "apple", grams: 180}, Fruit{kind: "fig", grams: 45}})
	fmt.Println("total", total)
}
