package core

import lisette "lisette.dev/prelude"

type Id struct {
	N int
}

func (v Id) String() string {
	return "Id { n: " + lisette.FormatValue(v.N) + " }"
}

func Next(id Id) Id {
	return Id{N: id.N + 1}
}
