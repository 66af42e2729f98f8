package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Blank struct {
	field string
}

func (v Blank) String() string {
	return "Blank { field: " + lisette.FormatValue(v.field) + " }"
}

type OutOfRange struct {
	field string
	min_  int
	max_  int
	got   int
}

func (v OutOfRange) String() string {
	return "OutOfRange { field: " + lisette.FormatValue(v.field) + ", min: " + lisette.FormatValue(v.min_) + ", max: " + lisette.FormatValue(v.max_) + ", got: " + lisette.FormatValue(v.got) + " }"
}

func (self Blank) Error() string {
	return fmt.Sprintf("%v is blank", self.field)
}

func (self OutOfRange) Error() string {
	return fmt.Sprintf("%v must be in %v..%v, got %v", self.field, self.min_, self.max_, self.got)
}

func problems(name string, age int) []error {
	out := []error{}
	if len(name) == 0 {
		out = append(out, Blank{field: "name"})
	}
	if age < 0 || age > 150 {
		out = append(out, OutOfRange{field: "age", min_: 0, max_: 150, got: age})
	}
	return out
}

func main() {
	fmt.Println(problems("ann", 30))
	ps := problems("", 200)
	fmt.Println(len(ps))
	for _, p := range ps {
		fmt.Println("-", p)
	}
	fmt.Println(ps)
}
