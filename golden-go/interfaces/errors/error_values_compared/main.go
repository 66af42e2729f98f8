package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type NotFound struct {
	key string
}

func (v NotFound) String() string {
	return "NotFound { key: " + lisette.FormatValue(v.key) + " }"
}

type Denied struct{}

func (v Denied) String() string {
	return "Denied {}"
}

func (self NotFound) Error() string {
	return "not found: " + self.key
}

func (self Denied) Error() string {
	return "denied"
}

func not_found(key string) error {
	return NotFound{key: key}
}

func fetch(key string) lisette.Result[int, error] {
	switch key {
	case "a":
		return lisette.MakeResultOk[int, error](1)
	case "secret":
		return lisette.MakeResultErr[int, error](Denied{})
	default:
		return lisette.MakeResultErr[int, error](not_found(key))
	}
}

func main() {
	for _, key := range []string{"a", "b", "secret"} {
		subject := fetch(key)
		if subject.Tag == lisette.ResultOk {
			v := subject.OkVal
			fmt.Println(key, "=", v)
		} else {
			e := subject.ErrVal
			if e == not_found(key) {
				fmt.Println(key, "is missing")
			} else {
				fmt.Println(key, "failed:", e)
			}
		}
	}
	var d1 error = Denied{}
	var d2 error = Denied{}
	fmt.Println(d1 == d2, d1 == not_found("x"), not_found("x") != not_found("y"))
}
