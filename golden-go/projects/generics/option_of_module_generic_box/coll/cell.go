package coll

import lisette "lisette.dev/prelude"

type Cell[T any] struct {
	Value   T
	Version int
}

func (v Cell[T]) String() string {
	return "Cell { value: " + lisette.FormatValue(v.Value) + ", version: " + lisette.FormatValue(v.Version) + " }"
}

func Cell_[T any](value T) Cell[T] {
	return Cell[T]{Value: value, Version: 1}
}
