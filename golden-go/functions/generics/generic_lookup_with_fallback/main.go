package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup_or[V any](m map[string]V, key string, fallback V) V {
	subject := lisette.MapGet(m, key)
	if subject.Tag == lisette.OptionSome {
		v := subject.SomeVal
		return v
	}
	return fallback
}

func main() {
	ages := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ann", Second: 31}})
	towns := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "ann", Second: "oslo"}})
	fmt.Println(lookup_or(ages, "ann", 0), lookup_or(ages, "bo", 0))
	fmt.Println(lookup_or(towns, "bo", "?"))
}
