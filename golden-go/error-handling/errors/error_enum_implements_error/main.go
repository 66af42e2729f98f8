package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type LoadErrorTag int

const (
	LoadErrorMissing LoadErrorTag = iota
	LoadErrorInvalid
)

type LoadError struct {
	Tag     LoadErrorTag
	Missing string
	Key     string
	Reason  string
}

func (v LoadError) String() string {
	switch v.Tag {
	case LoadErrorMissing:
		return "LoadError.Missing(" + lisette.FormatValue(v.Missing) + ")"
	}
	return "LoadError.Invalid { key: " + lisette.FormatValue(v.Key) + ", reason: " + lisette.FormatValue(v.Reason) + " }"
}

func (self LoadError) Error() string {
	if self.Tag == LoadErrorMissing {
		k := self.Missing
		return fmt.Sprintf("missing key %v", k)
	}
	key := self.Key
	reason := self.Reason
	return fmt.Sprintf("%v: %v", key, reason)
}

func check(key string) lisette.Result[int, error] {
	if key == "port" {
		return lisette.MakeResultErr[int, error](LoadError{Tag: LoadErrorInvalid, Key: "port", Reason: "not a number"})
	}
	if key == "workers" {
		return lisette.MakeResultOk[int, error](4)
	}
	return lisette.MakeResultErr[int, error](LoadError{Tag: LoadErrorMissing, Missing: key})
}

func main() {
	for _, key := range []string{"port", "workers", "host"} {
		subject := check(key)
		if subject.Tag == lisette.ResultOk {
			n := subject.OkVal
			fmt.Printf("%v = %v\n", key, n)
		} else {
			e := subject.ErrVal
			fmt.Printf("error: %v\n", e)
		}
	}
}
