package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Page[T any] struct {
	Items  []T            `json:"items"`
	Counts map[string]int `json:"counts"`
}

func (v Page[T]) String() string {
	return "Page { items: " + lisette.FormatValue(v.Items) + ", counts: " + lisette.FormatValue(v.Counts) + " }"
}

func main() {
	p := Page[string]{Items: []string{"x", "y"}, Counts: lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "b", Second: 2}, lisette.Tuple2[string, int]{First: "a", Second: 1}})}
	subject := lisette.ResultOf(json.Marshal(p))
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
