package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Page[T any] struct {
	Items []T `json:"items"`
	Total int `json:"total"`
}

func (v Page[T]) String() string {
	return "Page { items: " + lisette.FormatValue(v.Items) + ", total: " + lisette.FormatValue(v.Total) + " }"
}

func first[T any](p Page[T]) lisette.Option[T] {
	return lisette.SliceGet(p.Items, 0)
}

func main() {
	p := Page[int]{Items: []int{10, 20}, Total: 2}
	fmt.Println(p, first(p))
}
