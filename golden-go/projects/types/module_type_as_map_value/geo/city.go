package geo

import lisette "lisette.dev/prelude"

type City struct {
	Name   string
	People int
}

func (v City) String() string {
	return "City { name: " + lisette.FormatValue(v.Name) + ", people: " + lisette.FormatValue(v.People) + " }"
}
