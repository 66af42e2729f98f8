package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Celsius struct {
	degrees float64
}

func (v Celsius) GoString() string {
	return "Celsius { degrees: " + lisette.FormatValue(v.degrees) + " }"
}

func (self Celsius) String() string {
	return fmt.Sprintf("%v°C", self.degrees)
}

type NotFound struct {
	key string
}

func (v NotFound) String() string {
	return "NotFound { key: " + lisette.FormatValue(v.key) + " }"
}

func (self NotFound) Error() string {
	return fmt.Sprintf("%v: not found", self.key)
}

func lookup(key string) lisette.Result[int, error] {
	if key == "a" {
		return lisette.MakeResultOk[int, error](1)
	} else {
		return lisette.MakeResultErr[int, error](NotFound{key: key})
	}
}

func main() {
	var s fmt.Stringer = Celsius{degrees: 21.5}
	fmt.Println(s.String(), Celsius{degrees: -3.0})
	subject := lookup("b")
	if subject.Tag == lisette.ResultOk {
		v := subject.OkVal
		fmt.Println(v)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
		wrapped := fmt.Errorf("lookup failed: %w", e)
		fmt.Println(wrapped, lisette.OptionNilable(errors.Unwrap(wrapped)).IsSome())
	}
}
