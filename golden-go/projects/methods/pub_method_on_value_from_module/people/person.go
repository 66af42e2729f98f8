package people

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Person struct {
	First string
	Last  string
}

func (v Person) String() string {
	return "Person { first: " + lisette.FormatValue(v.First) + ", last: " + lisette.FormatValue(v.Last) + " }"
}

func (self Person) Full_name() string {
	return fmt.Sprintf("%v %v", self.First, self.Last)
}
