package lisette

import "maps"

// MapGet returns Some(m[k]) when k is present in m, otherwise None.
func MapGet[K comparable, V any](m map[K]V, k K) Option[V] {
	if v, ok := m[k]; ok {
		return Option[V]{Tag: OptionSome, SomeVal: v}
	}
	return Option[V]{}
}

// MapFrom builds a new, non-nil map from key/value pairs; later pairs win over earlier ones with the same key.
func MapFrom[K comparable, V any](pairs []Tuple2[K, V]) map[K]V {
	m := make(map[K]V, len(pairs))
	for _, p := range pairs {
		m[p.First] = p.Second
	}
	return m
}

// MapClone returns a shallow copy of m; unlike maps.Clone it never returns nil, so the copy is always writable.
func MapClone[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return make(map[K]V)
	}
	return maps.Clone(m)
}
