package people

import lisette "lisette.dev/prelude"

type Person struct {
	Name string
	City string
}

func (v Person) String() string {
	return "Person { name: " + lisette.FormatValue(v.Name) + ", city: " + lisette.FormatValue(v.City) + " }"
}

func (self Person) Moved_to(city string) Person {
	return Person{Name: self.Name, City: city}
}
