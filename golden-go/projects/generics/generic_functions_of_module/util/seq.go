package util

import lisette "lisette.dev/prelude"

func First_or[T any](xs []T, fallback T) T {
	subject := lisette.SliceGet(xs, 0)
	if subject.Tag == lisette.OptionSome {
		x := subject.SomeVal
		return x
	}
	return fallback
}

func Twice[T any](x T, f func(T) T) T {
	return f(f(x))
}

func Count_if[T any](xs []T, keep func(T) bool) int {
	return len(lisette.SliceFilter(xs, keep))
}
