package coll

import lisette "lisette.dev/prelude"

type Pair[A, B any] struct {
	Left  A
	Right B
}

func (v Pair[A, B]) String() string {
	return "Pair { left: " + lisette.FormatValue(v.Left) + ", right: " + lisette.FormatValue(v.Right) + " }"
}

func Swap[A, B any](p Pair[A, B]) Pair[B, A] {
	return Pair[B, A]{Left: p.Right, Right: p.Left}
}
