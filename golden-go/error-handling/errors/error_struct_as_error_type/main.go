package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ValidationError struct {
	field  string
	reason string
}

func (v ValidationError) String() string {
	return "ValidationError { field: " + lisette.FormatValue(v.field) + ", reason: " + lisette.FormatValue(v.reason) + " }"
}

func (self ValidationError) Error() string {
	return fmt.Sprintf("%v: %v", self.field, self.reason)
}

func validate_age(age int) lisette.Result[int, ValidationError] {
	if age < 0 {
		return lisette.MakeResultErr[int, ValidationError](ValidationError{field: "age", reason: "must not be negative"})
	}
	if age > 150 {
		return lisette.MakeResultErr[int, ValidationError](ValidationError{field: "age", reason: "too large"})
	}
	return lisette.MakeResultOk[int, ValidationError](age)
}

func main() {
	for _, age := range []int{34, -3, 200} {
		subject := validate_age(age)
		if subject.Tag == lisette.ResultOk {
			a := subject.OkVal
			fmt.Printf("valid age %v\n", a)
		} else {
			e := subject.ErrVal
			fmt.Printf("%v (field %v)\n", e.Error(), e.field)
		}
	}
}
