package people

import lisette "lisette.dev/prelude"

type Person struct {
	Name string
	Age  int
}

func (v Person) String() string {
	return "Person { name: " + lisette.FormatValue(v.Name) + ", age: " + lisette.FormatValue(v.Age) + " }"
}
